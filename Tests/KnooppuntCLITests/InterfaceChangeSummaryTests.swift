import Foundation
import KnooppuntModel
import KnooppuntUI
import Testing

@testable import knooppunt

/// What the status line says came in from disk is in the interface's language: a colleague's save,
/// noticed while the section is open, is summed up in Dutch or in English.
@Suite struct InterfaceChangeSummaryTests {
    @Test func aChangeOnDiskIsSummedUpInTheInterfacesLanguage() throws {
        for (language, expected) in [(Language.nl, "Zoë de Wit toegevoegd"), (.en, "Zoë de Wit added")] {
            let cli = try CLIRunner()
            defer { cli.cleanUp() }
            let stored = try cli.store().create(Section(name: "Sectie Frans"))
            let performer = EffectPerformer(store: try cli.store(), language: language)
            _ = performer.perform(.open(slug: stored.slug))
            // Another writer (a colleague's laptop through a synced folder) adds a person.
            var theirs = stored.section
            theirs.people = [Person(name: "Zoë de Wit")]
            _ = try cli.store().save(theirs, slug: stored.slug, expectedRevision: stored.revision)
            let events = performer.perform(.watch(slug: stored.slug, revision: stored.revision))
            guard case .app(.changedOnDisk(_, _, _, let summary))? = events.first else {
                Issue.record("no change on disk: \(events)")
                continue
            }
            #expect(summary == expected, "\(language): \(summary)")
        }
    }
}
