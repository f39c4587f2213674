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

/// The picker's summaries are remembered per file stamp: a changed file is read again, a damaged
/// memory is rebuilt, and nothing stale is shown.
@Suite struct SummaryCacheTests {
    @Test func aSavedChangeShowsAtOnceAndADamagedMemoryIsRebuilt() throws {
        let scratch = StoreScratch()
        let env = ["XDG_STATE_HOME": scratch.root.appendingPathComponent("state").path]
        let store = try SectionStore(directory: scratch.directory, environment: env)
        let created = try store.create(Section(name: "Sectie Engels"))
        #expect(store.list() == [.readable(SectionSummary(slug: created.slug, section: created.section))])
        var changed = created.section
        changed.people.append(Person(name: "Anna de Vries"))
        _ = try store.save(changed, slug: created.slug, expectedRevision: created.revision)
        #expect(store.list().first == .readable(SectionSummary(slug: created.slug, section: changed)))
        // A file changed by another program (the same size would not fool it: the inode changes).
        var other = changed
        other.people.append(Person(name: "Bram Jansen"))
        let temporary = scratch.directory.appendingPathComponent(".elders")
        try SectionFileFormat.encode(other, revision: 9).write(to: temporary)
        #expect(rename(temporary.path, scratch.file(created.slug).path) == 0)
        let again = try SectionSummary(slug: created.slug, section: store.load(created.slug).section)
        #expect(again.people == 2)
        #expect(store.list().first == .readable(again))
        // A second program start reads the memory; a damaged memory file is simply rebuilt.
        let memory = MachineState(dataDirectory: scratch.directory, environment: env).folder
            .appendingPathComponent("summaries.json")
        #expect(FileManager.default.fileExists(atPath: memory.path))
        #expect(
            try SectionStore(directory: scratch.directory, environment: env).list().first == .readable(again))
        try Data("{kapot".utf8).write(to: memory)
        #expect(
            try SectionStore(directory: scratch.directory, environment: env).list().first == .readable(again))
    }
}
