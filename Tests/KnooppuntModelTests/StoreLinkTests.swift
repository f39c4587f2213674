import Foundation
import Testing

@testable import KnooppuntModel

/// Section files that are symbolic links: followed only to a file inside the data directory (and then
/// saved through, so the link stays a link); every other link is named for what it is.
@Suite struct StoreLinkTests {
    static func link(_ name: String, to target: String, in s: StoreScratch) throws {
        try FileManager.default.createSymbolicLink(
            atPath: s.directory.appendingPathComponent(name).path, withDestinationPath: target)
    }

    static func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return ""
        } catch let error as StoreError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test func aLinkInsideTheDataDirectoryIsReadAndSavedThrough() throws {
        let s = StoreScratch()
        let store = try s.store()
        let created = try store.create(Section(name: "Echt"))
        let archive = s.directory.appendingPathComponent("archief", isDirectory: true)
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: s.file(created.slug), to: archive.appendingPathComponent("echt.json"))
        try Self.link("gelinkt.json", to: "archief/echt.json", in: s)
        let loaded = try store.load("gelinkt")
        #expect(loaded.section.name == "Echt")
        var changed = loaded.section
        changed.name = "Echt (gewijzigd)"
        _ = try store.save(changed, slug: "gelinkt", expectedRevision: loaded.revision)
        #expect(SectionLink.isLink(s.file("gelinkt")))
        let target = try String(contentsOf: archive.appendingPathComponent("echt.json"), encoding: .utf8)
        #expect(target.contains("Echt (gewijzigd)"))
    }

    @Test func aLinkOutsideIsRefusedAndNamed() throws {
        let s = StoreScratch()
        let store = try s.store()
        let outside = s.root.appendingPathComponent("buiten.json")
        try Data("{}".utf8).write(to: outside)
        try Self.link("weg.json", to: outside.path, in: s)
        let text = Self.message { _ = try store.load("weg") }
        #expect(text.contains("symbolic link") && text.contains("outside the data directory"))
    }

    @Test func aDanglingLinkAndALoopAreNamed() throws {
        let s = StoreScratch()
        let store = try s.store()
        try Self.link("kwijt.json", to: "bestaat-niet.json", in: s)
        try Self.link("rond.json", to: "rond.json", in: s)
        let dangling = Self.message { _ = try store.load("kwijt") }
        #expect(dangling.contains("does not exist"), "\(dangling)")
        let loop = Self.message { _ = try store.load("rond") }
        #expect(loop.contains("loops"), "\(loop)")
        // The picker still lists both, each with its sentence.
        #expect(store.list().count == 2)
    }

    @Test func aBackupFolderThatIsALinkIsRefusedAndTheFileStays() throws {
        let s = StoreScratch()
        let store = try s.store()
        let created = try store.create(Section(name: "Sectie"))
        let elsewhere = s.root.appendingPathComponent("elders", isDirectory: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let shelf = BackupShelf.of(
            dataDirectory: s.directory, environment: ProcessInfo.processInfo.environment)
        try FileManager.default.createDirectory(at: shelf.root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: shelf.root.deletingLastPathComponent()) }
        try FileManager.default.createSymbolicLink(
            atPath: shelf.folder(for: created.slug).path, withDestinationPath: elsewhere.path)
        let before = try s.bytes(created.slug)
        var changed = created.section
        changed.name = "Sectie 2"
        let text = Self.message {
            _ = try store.save(changed, slug: created.slug, expectedRevision: created.revision)
        }
        #expect(text.contains("symbolic link"), "\(text)")
        #expect(try s.bytes(created.slug) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    /// A `.backup` link left in the data directory is not followed when versions are adopted from it.
    @Test func aLegacyBackupLinkIsNotFollowed() throws {
        let s = StoreScratch()
        let elsewhere = s.root.appendingPathComponent("elders/sectie", isDirectory: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: elsewhere.appendingPathComponent("20261101T120000.000000Z-r1.json"))
        try FileManager.default.createDirectory(at: s.directory, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: s.directory.appendingPathComponent(".backup").path,
            withDestinationPath: elsewhere.deletingLastPathComponent().path)
        let store = try s.store()
        #expect(store.backups(of: "sectie").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).count == 1)
    }
}
