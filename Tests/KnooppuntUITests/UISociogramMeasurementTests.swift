import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Measurements on screen 4: N asks the date and whether to copy the previous ties; D, R and X re-date,
/// name and remove one; they stay in date order, so the previous measurement is the earlier one.
@Suite struct UISociogramMeasurementTests {
    func driver() throws -> UIDriver {
        var d = UIDriver(section: try NetworksFixture.section())
        d.key(.character("4"))
        return d
    }

    var dates: (UIDriver) -> [String] = { d in
        d.section.networks.sociograms[0].measurements.map(\.date.description)
    }

    /// Replaces what the prompt holds by `text` and presses Enter.
    func answer(_ d: inout UIDriver, _ text: String) {
        d.keys(.control("a"), .control("k"))
        d.type(text)
        d.key(.enter)
    }

    @Test func newMeasurementAsksTheDateAndCopiesThePreviousTiesWhenAsked() throws {
        var d = try driver()
        let previous = d.section.networks.sociograms[0].measurements[1]
        d.key(.character("N"))
        #expect(d.screen.contains("Datum van de nieuwe meting"))
        #expect(d.screen.contains("2026-11-21"), "today is offered")
        answer(&d, "15-1-2027")
        #expect(
            d.screen.contains("Beginnen met een kopie van de \(previous.choices.count) keuzes van 2026-10-05")
        )
        d.keys(.down, .enter)
        #expect(dates(d) == ["2025-10-06", "2026-10-05", "2027-01-15"])
        let copy = d.section.networks.sociograms[0].measurements[2]
        #expect(copy.choices == previous.choices && copy.id != previous.id)
        #expect(d.state.sociogram.measurement == 2)
        #expect(d.screen.contains("meting 3/3: 2027-01-15"))
        // An earlier date goes between the others, and starts empty when so chosen.
        d.key(.character("N"))
        answer(&d, "2026-01-20")
        d.key(.enter)
        #expect(dates(d) == ["2025-10-06", "2026-01-20", "2026-10-05", "2027-01-15"])
        #expect(d.section.networks.sociograms[0].measurements[1].choices.isEmpty)
        #expect(d.state.sociogram.measurement == 1)
        // Undo takes the new measurement away again.
        d.key(.character("u"))
        #expect(dates(d) == ["2025-10-06", "2026-10-05", "2027-01-15"])
    }

    @Test func aDateThatIsNoDateIsRefusedInThePrompt() throws {
        var d = try driver()
        d.key(.character("N"))
        answer(&d, "31-2-2027")
        #expect(d.screen.contains("Geen datum; schrijf bijvoorbeeld 15-1-2027 of 2027-01-15."))
        #expect(dates(d) == ["2025-10-06", "2026-10-05"])
        d.key(.escape)
        // Before the first measurement there is nothing to copy: no question, an empty measurement.
        d.key(.character("N"))
        answer(&d, "1-9-2025")
        #expect(dates(d) == ["2025-09-01", "2025-10-06", "2026-10-05"])
        #expect(d.state.dialog == nil)
    }

    @Test func reDatingMovesTheMeasurementToItsPlaceAndKeepsItShown() throws {
        var d = try driver()
        d.key(.character("M"))  // from the latest to the first, 2025-10-06
        #expect(d.screen.contains("meting 1/2: 2025-10-06"))
        let first = d.section.networks.sociograms[0].measurements[0]
        d.key(.character("D"))
        answer(&d, "2026-11-01")
        #expect(dates(d) == ["2026-10-05", "2026-11-01"])
        #expect(d.section.networks.sociograms[0].measurements[1].id == first.id)
        #expect(d.screen.contains("meting 2/2: 2026-11-01"))
    }

    @Test func aMeasurementCanBeNamedAndRemovedAndTheRemovalUndone() throws {
        var d = try driver()
        d.key(.character("R"))
        answer(&d, "najaar 2026")
        #expect(d.section.networks.sociograms[0].measurements[1].label == "najaar 2026")
        #expect(d.screen.contains("meting 2/2: 2026-10-05 (najaar 2026)"))
        d.key(.character("X"))
        #expect(d.screen.contains("De meting van 2026-10-05 verwijderen?"))
        d.key(.enter)
        #expect(dates(d) == ["2025-10-06"])
        d.key(.character("u"))
        #expect(dates(d) == ["2025-10-06", "2026-10-05"])
    }
}
