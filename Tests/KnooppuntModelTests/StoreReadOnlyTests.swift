import Foundation
import Testing

@testable import KnooppuntModel

/// A read-only section file can be viewed and is never replaced by a writable one.
@Suite struct StoreReadOnlyTests {
    @Test func aReadOnlyFileLoadsAndASaveIsRefusedLeavingItAsItWas() throws {
        let s = StoreScratch()
        let store = try s.store()
        let created = try store.create(Section(name: "Sectie"))
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o400], ofItemAtPath: s.file(created.slug).path)
        let before = try s.bytes(created.slug)
        #expect(store.isReadOnly(created.slug))
        let loaded = try store.load(created.slug)
        var changed = loaded.section
        changed.name = "Anders"
        var message = ""
        do {
            _ = try store.save(changed, slug: created.slug, expectedRevision: loaded.revision)
        } catch let error as StoreError {
            message = error.description
        }
        #expect(message.contains("read-only"), "\(message)")
        #expect(try s.bytes(created.slug) == before)
        #expect(s.mode(s.file(created.slug)) == 0o400)
    }
}
