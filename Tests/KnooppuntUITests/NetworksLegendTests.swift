import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Without colour the legend is what explains line patterns, arrows and letters: it must be whole.
@Suite("Networks legends")
struct NetworksLegendTests {
    @Test("At 80×24 without colour every word of the ecogram and sociogram legends is on screen")
    func legendWhole() throws {
        let section = try NetworksFixture.section()
        for color in [false, true] {
            let c = ScreenContext(
                color: color, sharedScreen: true, today: Day(year: 2026, month: 11, day: 21))
            let eco = NetworksFixture.render(NetworksScreen(), section, width: 80, height: 24, context: c)
                .plainText()
            for line in EcogramPicture.legend(section.networks.ecograms[0], context: c) {
                for word in line.split(separator: " ") { #expect(eco.contains(word), "ecogram: \(word)") }
            }
            let screen = SociogramScreen()
            let socio = NetworksFixture.render(screen, section, width: 80, height: 24, context: c).plainText()
            let legend = SociogramPicture.legend(
                section.networks.sociograms[0], coloring: screen.coloring, topic: nil, context: c)
            for line in legend {
                for word in line.split(separator: " ") { #expect(socio.contains(word), "sociogram: \(word)") }
            }
        }
    }

    @Test("Dutch figures use a decimal comma, as their explanations do; English a decimal point")
    func decimalSign() throws {
        let section = try NetworksFixture.section()
        let s = section.networks.sociograms[0]
        let f = SociogramFigures(s, section: section, measurement: 1, topic: nil)
        let nl = MetricsReport.lines(f, context: ScreenContext(language: .nl)).map(\.text)
        let en = MetricsReport.lines(f, context: ScreenContext(language: .en)).map(\.text)
        let modularityNL = try #require(nl.first { $0.hasPrefix("Modulariteit:") })
        let modularityEN = try #require(en.first { $0.hasPrefix("Modularity:") })
        #expect(modularityNL.contains(",") && !modularityNL.contains("."))
        #expect(modularityEN.contains(".") && !modularityEN.contains(","))
        #expect(nl.contains { $0.hasPrefix("E-I-index bouw: +0,") || $0.hasPrefix("E-I-index bouw: -0,") })
    }

    @Test("N starts a measurement titled once by its date, and one choice is 'keuze', not 'keuzes'")
    func newMeasurementWording() throws {
        var section = try NetworksFixture.section()
        let c = ScreenContext(sharedScreen: true, today: Day(year: 2026, month: 11, day: 21))
        var screen = SociogramScreen()
        // What N does after its date question (see UISociogramMeasurementTests).
        section.networks.sociograms[0].insert(SociogramMeasurement(date: c.today))
        _ = screen.handle(.key(.character("s")), section: &section, context: c)
        _ = screen.handle(.key(.right), section: &section, context: c)
        _ = screen.handle(.key(.character(" ")), section: &section, context: c)
        _ = screen.handle(.key(.escape), section: &section, context: c)
        _ = screen.handle(.key(.character("i")), section: &section, context: c)
        let text = NetworksFixture.render(screen, section, width: 120, height: 60, context: c).plainText()
        #expect(text.contains("meting 3/3: 2026-11-21"))
        #expect(!text.contains("(meting 2026-11-21)"))
        #expect(text.contains("7 mensen, 1 keuze, 0 wederzijds"))
    }
}
