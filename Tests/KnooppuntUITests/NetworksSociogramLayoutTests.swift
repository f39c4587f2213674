import Foundation
import KnooppuntGraph
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Without saved positions the sociogram still keeps everyone in place between measurements.
@Suite("Networks sociogram layout over measurements")
struct NetworksSociogramLayoutTests {
    let context = ScreenContext(sharedScreen: true, today: Day(year: 2026, month: 11, day: 21))

    /// Where each person's label is drawn (column of its middle, row).
    func spots(_ screen: SociogramScreen, _ section: Section) -> [String: Int] {
        let grid = NetworksFixture.render(screen, section, width: 120, height: 40, context: context)
        var out: [String: Int] = [:]
        for name in ["Gemma", "Caroline", "Fred", "Thomas", "Jochem", "Heleen", "Theo"] {
            for y in 0..<grid.height {
                if let r = grid.line(y).range(of: name) {
                    out[name] =
                        y * 1000 + grid.line(y).distance(from: grid.line(y).startIndex, to: r.lowerBound)
                }
            }
        }
        return out
    }

    @Test("Measurement 1, measurement 2 and a new empty measurement show everyone at the same place")
    func samePlaces() throws {
        var section = try NetworksFixture.section()
        #expect(section.networks.sociograms[0].layout.isEmpty, "the demo has no saved positions")
        var screen = SociogramScreen()
        let latest = spots(screen, section)
        #expect(latest.count == 7)
        screen.measurement = 0
        #expect(spots(screen, section) == latest)
        screen.measurement = nil
        section.networks.sociograms[0].insert(SociogramMeasurement(date: context.today))
        #expect(section.networks.sociograms[0].measurements.count == 3)
        #expect(spots(screen, section) == latest)
    }
}
