import Foundation
import KnooppuntModel
import KnooppuntUI
import Testing

@testable import knooppunt

/// The interface hears of repairs too: opening a section that a load mended puts the sentence in the
/// status line, in the interface's language.
@Suite struct InterfaceRepairMessageTests {
    @Test func openingARepairedSectionSaysWhatWasRepaired() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        var section = Section(name: "Sectie Frans")
        let meeting = Meeting(number: Int.max)
        section.meetings = [meeting]
        let stored = try cli.store().create(section)
        for (language, expected) in [
            (
                Language.nl,
                "Hersteld bij het inlezen: 1 overlegnummer buiten 1–9999 opnieuw genummerd"
                    + " (het bestand verandert pas bij opslaan)."
            ),
            (
                .en,
                "Repaired while reading: 1 meeting number outside 1–9999 renumbered"
                    + " (the file changes only when it is saved)."
            ),
        ] {
            let performer = EffectPerformer(store: try cli.store(), language: language)
            let events = performer.perform(.open(slug: stored.slug))
            #expect(events.count == 2)
            guard case .app(.failed(let text)) = events.last else {
                Issue.record("no repair message: \(events)")
                continue
            }
            #expect(text == expected, "\(text)")
        }
    }
}
