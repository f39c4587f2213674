import Foundation
import KnooppuntWords
import Testing

@testable import KnooppuntModel

/// What is private stays on the machine that wrote it. Private notes and a coach's own
/// sociogram measurements go to the data directory's private file in the state folder; the section
/// file, which a synced folder or git carries to colleagues, holds only what the section may read.
@Suite struct StorePrivateTests {
    /// A section with a private note in each place one can be, and a coach's own sociogram.
    static func sectionWithSecrets() -> Section {
        let gemma = Person(name: "Gemma de Vries", privateNote: "GEHEIM-persoon: zoekt ander werk")
        let theo = Person(name: "Theo Bakker")
        let contact = EcogramContact(personID: theo.id, name: theo.name, privateNote: "GEHEIM-contact")
        let ecogram = Ecogram(
            name: "Gemma", centre: EcogramCentre(personID: gemma.id, name: gemma.name), contacts: [contact],
            privateNote: "GEHEIM-ecogram")
        let analysis = NetworkAnalysis(name: "Toetsmodel", privateNote: "GEHEIM-analyse")
        let topic = SociogramTopic(name: "advies")
        let shared = Sociogram(
            name: "Sectie", personIDs: [gemma.id, theo.id], topics: [topic],
            measurements: [
                SociogramMeasurement(
                    date: Day("2026-10-01")!, label: "GEDEELD-meting",
                    choices: [SociogramChoice(topicID: topic.id, from: gemma.id, to: theo.id)])
            ], privateNote: "GEHEIM-sociogram")
        let own = Sociogram(
            name: "Mijn blik", personIDs: [gemma.id, theo.id], topics: [topic],
            measurements: [
                SociogramMeasurement(
                    date: Day("2026-11-01")!, label: "GEHEIM-meting",
                    choices: [SociogramChoice(topicID: topic.id, from: theo.id, to: gemma.id)])
            ], coachOwn: true)
        return Section(
            name: "Sectie Engels", people: [gemma, theo],
            networks: Networks(ecograms: [ecogram], analyses: [analysis], sociograms: [shared, own]))
    }

    static let secrets = [
        "GEHEIM-persoon", "GEHEIM-contact", "GEHEIM-ecogram", "GEHEIM-analyse", "GEHEIM-sociogram",
        "GEHEIM-meting",
    ]

    func text(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    @Test func theSectionFileHoldsNoPrivateNoteAfterASave() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let created = try store.create(Self.sectionWithSecrets())
        var changed = created.section
        changed.people[0].privateNote += "\nnog een regel"
        let saved = try store.save(changed, slug: created.slug, expectedRevision: created.revision)

        let shared = try text(scratch.file(saved.slug))
        for secret in Self.secrets { #expect(!shared.contains(secret), "\(secret) is in the section file") }
        #expect(shared.contains("GEDEELD-meting"), "a shared sociogram's measurements stay shared")
        #expect(shared.contains("\"coachOwn\" : true"), "the mark itself is shared")

        let privateText = try text(scratch.privateFile.url)
        for secret in Self.secrets { #expect(privateText.contains(secret)) }
        #expect(scratch.mode(scratch.privateFile.url) == 0o600)
        #expect(!scratch.privateFile.url.path.hasPrefix(scratch.directory.path + "/"))
        // Nothing new in the data directory besides the section and its lock (kept versions are in the
        // state folder).
        #expect(scratch.entries() == [".sectie-engels.lock", "sectie-engels.json"])

        // Loading puts everything back: the program sees the whole section.
        let loaded = try store.load(saved.slug)
        #expect(loaded.section == changed)
    }

    @Test func notesInAnOlderFileStayReadableAndMoveOutAtTheNextSave() throws {
        let scratch = StoreScratch()
        // A file as knooppunt wrote it before: the notes inside, and a kept version of it.
        let old = Self.sectionWithSecrets()
        var ownSociogramUnmarked = old
        ownSociogramUnmarked.networks.sociograms[1].coachOwn = false
        try scratch.write(
            String(decoding: try SectionFileFormat.encode(ownSociogramUnmarked, revision: 3), as: UTF8.self),
            as: "sectie-engels")
        let store = try scratch.store()
        let loaded = try store.load("sectie-engels")
        #expect(loaded.section.person(old.people[0].id)?.privateNote == old.people[0].privateNote)
        #expect(loaded.section.networks.ecograms[0].contacts[0].privateNote == "GEHEIM-contact")

        var marked = loaded.section
        marked.networks.sociograms[1].coachOwn = true
        let saved = try store.save(marked, slug: "sectie-engels", expectedRevision: 3)
        let shared = try text(scratch.file("sectie-engels"))
        for secret in Self.secrets { #expect(!shared.contains(secret)) }
        // The version kept of the older file lost its notes too (a synced folder carries `.backup`).
        let kept = store.backups(of: "sectie-engels")
        #expect(!kept.isEmpty)
        for url in kept {
            let keptText = try text(url)
            for secret in Self.secrets.dropLast() { #expect(!keptText.contains(secret)) }
        }
        #expect(try store.load(saved.slug).section == marked)
    }

    @Test func aCoachsOwnSociogramUnmarkedSharesItsMeasurementsAgain() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let created = try store.create(Self.sectionWithSecrets())
        var unmarked = created.section
        unmarked.networks.sociograms[1].coachOwn = false
        _ = try store.save(unmarked, slug: created.slug, expectedRevision: created.revision)
        #expect(try text(scratch.file(created.slug)).contains("GEHEIM-meting"))
        #expect(try !text(scratch.privateFile.url).contains("GEHEIM-meting"))
    }

    @Test func aMergeNeverTakesPrivateNotesFromTheOtherSideOrLosesOurs() throws {
        let ours = Self.sectionWithSecrets()
        // Theirs is what a colleague's file holds: no notes; they renamed the analysis.
        var theirs = ours.withoutPrivate
        theirs.networks.analyses[0].name = "Toetsmodel 2"
        // An old base (from before the move) still held the notes.
        let merged = try SectionMerge.merge(base: ours, ours: ours, theirs: theirs, source: "test")
        #expect(merged.conflicts.isEmpty)
        #expect(merged.section.networks.analyses[0].name == "Toetsmodel 2")
        #expect(merged.section.splitPrivate().parts == ours.splitPrivate().parts)
        // And a colleague's note (an older knooppunt writing one into the shared file) is not ours.
        var noisy = theirs
        noisy.people[1].privateNote = "hun notitie"
        let again = try SectionMerge.merge(base: theirs, ours: ours, theirs: noisy, source: "test")
        #expect(again.section.person(ours.people[1].id)?.privateNote == "")
    }

    @Test func erasingAPersonReachesThePrivateFile() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        var section = Self.sectionWithSecrets()
        section.people[1].privateNote = "Over Gemma de Vries: GEHEIM-vermelding"
        let created = try store.create(section)
        let gemma = created.section.people[0]
        let erased = PersonErasure(person: gemma, among: created.section.people)
            .erased(from: created.section, replacingMentions: true)
        _ = try store.save(erased, slug: created.slug, expectedRevision: created.revision)
        let privateText = try text(scratch.privateFile.url)
        #expect(!privateText.contains("GEHEIM-persoon"))
        #expect(!privateText.contains("Gemma de Vries"))
        #expect(privateText.contains("Over [naam verwijderd]: GEHEIM-vermelding"))
        // An ecogram drawn around her went as a whole, with its note and its contacts' notes.
        #expect(!privateText.contains("GEHEIM-ecogram") && !privateText.contains("GEHEIM-contact"))
    }

    @Test func aPrivateFileInsideTheDataDirectoryIsRefused() throws {
        let scratch = StoreScratch()
        let inside = PrivateFile(
            dataDirectory: scratch.directory,
            environment: ["XDG_STATE_HOME": scratch.directory.appendingPathComponent("state").path])
        let store = try SectionStore(directory: scratch.directory, privateFile: inside)
        let error = storeError { _ = try store.create(Self.sectionWithSecrets()) }
        #expect(error?.description.contains("inside the data directory") == true)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("sectie-engels").path))
        // A section without anything private needs no private file and is saved.
        #expect(throws: Never.self) { _ = try store.create(Section(name: "Sectie Frans")) }
        // The home folder as data directory: the machine's own hidden ~/.local/state is accepted.
        let hidden = PrivateFile(
            dataDirectory: scratch.directory, environment: ["HOME": scratch.directory.path])
        #expect(!hidden.isInsideDataDirectory)
        #expect(inside.isInsideDataDirectory)
    }

    @Test func aDamagedPrivateFileIsRefusedAndNeverOverwritten() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let created = try store.create(Self.sectionWithSecrets())
        try Data("{ kapot".utf8).write(to: scratch.privateFile.url)
        let error = storeError { _ = try store.load(created.slug) }
        #expect(error?.description.contains("not a readable private notes file") == true)
        _ = storeError { _ = try store.save(created.section, slug: created.slug, expectedRevision: 1) }
        #expect(try text(scratch.privateFile.url) == "{ kapot")
    }
}

/// The synced-folder path: a colleague's conflict copy is merged in without touching this machine's
/// private notes, and the merged file still holds none; what the merge reports is in the reader's language.
@Suite struct StorePrivateCopyTests {
    /// A section with private notes, remembered as merged, and a colleague's conflict copy beside it in
    /// which the analysis was renamed; the copy holds no private note (theirs are theirs).
    static func sectionWithConflictCopy(renamingTo name: String) throws
        -> (scratch: StoreScratch, store: SectionStore, state: MachineState, created: StoredSection)
    {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let state = MachineState(
            dataDirectory: scratch.directory, environment: ["XDG_STATE_HOME": scratch.stateHome.path])
        let created = try store.create(StorePrivateTests.sectionWithSecrets())
        state.remember(created.section, slug: created.slug)
        var theirs = created.section.withoutPrivate
        theirs.networks.analyses[0].name = name
        try Data(try SectionFileFormat.encode(theirs, revision: 1)).write(
            to: scratch.directory.appendingPathComponent("sectie-engels.sync-conflict-20261201-laptop.json"))
        return (scratch, store, state, created)
    }

    @Test func aConflictCopyMergesWithoutLosingOrSharingPrivateNotes() throws {
        let (scratch, store, state, created) = try Self.sectionWithConflictCopy(
            renamingTo: "Toetsmodel (hun versie)")
        let report = ConflictCopies.mergeAll(in: store, state: state)
        #expect(report.count == 1, "\(report)")
        #expect(
            report.first?.hasPrefix(
                "sectie-engels: sectie-engels.sync-conflict-20261201-laptop.json samengevoegd (")
                == true, "\(report)")
        let merged = try store.load(created.slug).section
        #expect(merged.networks.analyses[0].name == "Toetsmodel (hun versie)")
        #expect(merged.splitPrivate().parts == created.section.splitPrivate().parts, "our notes stay")
        let shared = String(decoding: try Data(contentsOf: scratch.file(created.slug)), as: UTF8.self)
        for secret in StorePrivateTests.secrets { #expect(!shared.contains(secret)) }
    }

    @Test func theReportIsInTheLanguageAsked() throws {
        let (scratch, store, state, _) = try Self.sectionWithConflictCopy(
            renamingTo: "Toetsmodel (their version)")
        // The scratch folder goes when its owner does, so it is held until the merge has read it.
        let report = withExtendedLifetime(scratch) {
            ConflictCopies.mergeAll(in: store, state: state, words: .english)
        }
        #expect(report.count == 1, "\(report)")
        let line = report.first ?? ""
        #expect(
            line.hasPrefix("sectie-engels: sectie-engels.sync-conflict-20261201-laptop.json merged ("),
            "\(line)")
        #expect(!line.contains("samengevoegd") && !line.contains("conflict(en)"), "\(line)")
    }
}
