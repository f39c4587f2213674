import Foundation
import Testing

@testable import KnooppuntModel

/// A save that a synced folder replaced with a colleague's version that never saw it (Syncthing does
/// this when both laptops save within a second or two) is merged back from this machine's record.
@Suite struct LostWriteRecoveryTests {
    /// Two initiatives; the section as it was created, and the store.
    static func start(_ scratch: StoreScratch) throws -> (SectionStore, StoredSection) {
        var section = Section(name: "Sectie")
        section.initiatives = [Initiative(title: "Toetsmodel"), Initiative(title: "Lezen")]
        var anna = Person(name: "Anna de Vries")
        anna.privateNote = "alleen voor deze laptop"
        section.people = [anna]
        let store = try SectionStore(
            directory: scratch.directory,
            environment: ["XDG_STATE_HOME": scratch.root.appendingPathComponent("state").path])
        return (store, try store.create(section))
    }

    /// Puts `section` at `revision` in the file the way a sync tool does: a new file renamed over it.
    static func arrive(_ section: Section, revision: Int, in scratch: StoreScratch, slug: String) throws {
        let temporary = scratch.directory.appendingPathComponent(".incoming")
        try SectionFileFormat.encode(section, revision: revision).write(to: temporary)
        #expect(rename(temporary.path, scratch.file(slug).path) == 0)
    }

    @Test func ourSaveReplacedByAVersionThatNeverSawItIsMergedBack() throws {
        let scratch = StoreScratch()
        let (store, created) = try Self.start(scratch)
        var ours = created.section
        ours.initiatives[0].goal = "ons doel"
        _ = try store.save(ours, slug: created.slug, expectedRevision: 1)
        ours.initiatives[0].approach = "onze aanpak"
        let saved = try store.save(ours, slug: created.slug, expectedRevision: 2)
        #expect(saved.revision == 3)
        #expect(store.recoverLostWrite(created.slug) == nil, "our save is still the file")
        // The colleague's file, as their laptop wrote it: without this laptop's private note.
        var theirs = created.section.withoutPrivate
        theirs.initiatives[1].goal = "hun doel"
        try Self.arrive(theirs, revision: 2, in: scratch, slug: created.slug)
        let recovered = try #require(store.recoverLostWrite(created.slug))
        #expect(recovered.found.withoutPrivate == theirs)
        let disk = try store.load(created.slug)
        #expect(disk.revision == 3)
        #expect(disk.section.initiatives[0].goal == "ons doel")
        #expect(disk.section.initiatives[0].approach == "onze aanpak")
        #expect(disk.section.initiatives[1].goal == "hun doel")
        #expect(disk.section.conflicts.isEmpty)
        #expect(disk.section.people.first?.privateNote == "alleen voor deze laptop", "the private note stays")
        #expect(store.recoverLostWrite(created.slug) == nil, "once merged back, nothing more to do")
    }

    @Test func aVersionWrittenAfterReadingOursIsLeftAlone() throws {
        let scratch = StoreScratch()
        let (store, created) = try Self.start(scratch)
        var ours = created.section
        ours.people.append(Person(name: "Nieuwe Collega"))
        let saved = try store.save(ours, slug: created.slug, expectedRevision: 1)
        // The colleague read our save, removed the person again and saved: a higher revision.
        var theirs = saved.section
        theirs.people = []
        try Self.arrive(theirs, revision: saved.revision + 1, in: scratch, slug: created.slug)
        #expect(store.recoverLostWrite(created.slug) == nil)
        #expect(try store.load(created.slug).section.people.isEmpty)
    }

    @Test func bothChangingTheSameFieldKeepsTheColleaguesVersion() throws {
        let scratch = StoreScratch()
        let (store, created) = try Self.start(scratch)
        var ours = created.section
        ours.initiatives[0].goal = "ons doel"
        _ = try store.save(ours, slug: created.slug, expectedRevision: 1)
        var theirs = created.section
        theirs.initiatives[0].goal = "hun doel"
        try Self.arrive(theirs, revision: 2, in: scratch, slug: created.slug)
        let before = try scratch.bytes(created.slug)
        #expect(store.recoverLostWrite(created.slug) == nil)
        #expect(try scratch.bytes(created.slug) == before)
    }
}
