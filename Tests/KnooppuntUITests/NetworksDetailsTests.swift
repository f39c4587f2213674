import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The details pane at 80×24 is three rows under the drawing: it still shows more than one tie.
@Suite("Networks details pane")
struct NetworksDetailsTests {
    @Test("At 80×24 the centre's ties run on in one paragraph: Caroline, Heleen and Fred are all listed")
    func compactTies() throws {
        var section = try NetworksFixture.section()
        let c = ScreenContext(sharedScreen: true, today: Day(year: 2026, month: 11, day: 21))
        var screen = NetworksScreen()
        screen.view.selected = section.networks.ecograms[0].centre.id
        _ = screen.handle(.key(.character("=")), section: &section, context: c)
        let grid = NetworksFixture.render(screen, section, width: 80, height: 24, context: c)
        let bottom = (17..<24).map { grid.line($0) }.joined(separator: "\n")
        #expect(bottom.contains("Gemma de Vries (midden)"))
        for name in ["Caroline Noël", "Heleen Jansen", "Fred van Dijk"] {
            #expect(bottom.contains(name), "\(name) in the details pane")
        }
    }
}
