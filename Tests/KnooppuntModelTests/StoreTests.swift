import Foundation
import Testing

@testable import KnooppuntModel

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct StoreTests {
    @Test func createWritesAPrettySortedEnvelopeAtRevisionOne() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let section = storeSampleSection()
        let created = try store.create(section)
        #expect(created.slug == "sectie-engels")
        #expect(created.revision == 1)
        #expect(try store.load("sectie-engels") == created)

        let text = String(decoding: try scratch.bytes("sectie-engels"), as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["revision"] as? Int == 1)
        #expect((object["section"] as? [String: Any])?["name"] as? String == "Sectie Engels")
        // Sorted keys: the three top-level keys appear in alphabetical order; pretty: one per line.
        let revision = try #require(text.range(of: "\"revision\""))
        let version = try #require(text.range(of: "\"schemaVersion\""))
        let body = try #require(text.range(of: "\"section\""))
        #expect(revision.lowerBound < version.lowerBound && version.lowerBound < body.lowerBound)
        #expect(text.contains("\n  \"revision\""))
        #expect(text.hasSuffix("}\n"))
        // Names with diacritics are stored as text, not escaped, so the file reads well in a diff.
        #expect(text.contains("Zoë Ëlçin"))
    }

    @Test func createRefusesATakenSlugAndLeavesTheFileAlone() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        _ = try store.create(storeSampleSection("Sectie Engels"))
        let before = try scratch.bytes("sectie-engels")
        #expect(
            storeError { _ = try store.create(storeSampleSection("sectie   ENGELS!")) }
                == .alreadyExists(slug: "sectie-engels"))
        #expect(try scratch.bytes("sectie-engels") == before)
    }

    @Test func createRefusesNamesThatAreNoNames() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        for name in ["", "   ", "\t\n", "Sectie\u{7}Engels", "a\u{0}b", "Sectie \u{1B}[2J"] {
            #expect(storeError { _ = try store.create(storeSampleSection(name)) } == .invalidName(name))
        }
        #expect(scratch.entries().filter { $0.hasSuffix(".json") }.isEmpty)
    }

    @Test func saveChecksTheRevisionAndKeepsTheOldVersion() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let created = try store.create(storeSampleSection())
        let firstBytes = try scratch.bytes("sectie-engels")
        var changed = created.section
        changed.school = "Het Nieuwe Baken"
        let saved = try store.save(changed, slug: "sectie-engels", expectedRevision: 1)
        #expect(saved.revision == 2)
        #expect(try store.load("sectie-engels").section.school == "Het Nieuwe Baken")
        let backups = store.backups(of: "sectie-engels")
        #expect(backups.count == 1)
        #expect(backups.first?.lastPathComponent.hasSuffix("-r1.json") == true)
        #expect(try Data(contentsOf: try #require(backups.first)) == firstBytes)
    }

    @Test func secondWriterWithAStaleRevisionGetsAConflict() throws {
        let scratch = StoreScratch()
        let alice = try scratch.store()
        let bob = try scratch.store()  // a second instance: another window or process on the same folder
        _ = try alice.create(storeSampleSection())
        let aliceCopy = try alice.load("sectie-engels")
        let bobCopy = try bob.load("sectie-engels")

        var aliceSection = aliceCopy.section
        aliceSection.schoolYear = "2027-2028"
        _ = try alice.save(aliceSection, slug: "sectie-engels", expectedRevision: aliceCopy.revision)

        var bobSection = bobCopy.section
        bobSection.school = "Bob was here"
        let error = storeError {
            _ = try bob.save(bobSection, slug: "sectie-engels", expectedRevision: bobCopy.revision)
        }
        #expect(error == .conflict(slug: "sectie-engels", expected: 1, found: 2))
        #expect(error?.description.contains("reload") == true)
        let onDisk = try bob.load("sectie-engels")
        #expect(onDisk.section.schoolYear == "2027-2028")
        #expect(onDisk.section.school == "Het Baken")
        // After reloading, Bob's change goes through.
        _ = try bob.save(bobSection, slug: "sectie-engels", expectedRevision: onDisk.revision)
    }

    @Test func aHeldLockMakesWritersWaitAndThenGiveUp() throws {
        let scratch = StoreScratch()
        let store = try scratch.store(lockTimeout: .milliseconds(150))
        let created = try store.create(storeSampleSection())
        // Another process in the middle of a write holds an exclusive flock on the lock file.
        let lockPath = scratch.directory.appendingPathComponent(".sectie-engels.lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o600)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)
        #expect(
            storeError { _ = try store.save(created.section, slug: "sectie-engels", expectedRevision: 1) }
                == .locked(slug: "sectie-engels"))
        #expect(try store.load("sectie-engels").revision == 1, "reading needs no lock")
        close(fd)
        #expect(try store.save(created.section, slug: "sectie-engels", expectedRevision: 1).revision == 2)
    }

    /// Kept versions span time (see BackupSpacingTests for the schedule): a burst of saves within a
    /// quarter of an hour keeps every version, oldest first.
    @Test func everyVersionOfTheLastQuarterHourIsKept() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        var stored = try store.create(storeSampleSection(note: "ronde 1"))
        for _ in 0..<25 {
            var next = stored.section
            next.meetings[0].note = "ronde \(stored.revision + 1)"
            stored = try store.save(next, slug: "sectie-engels", expectedRevision: stored.revision)
        }
        #expect(stored.revision == 26)
        let backups = store.backups(of: "sectie-engels")
        #expect(backups.count == 25)
        for (offset, url) in backups.enumerated() {
            let decoded = try SectionFile.decode(try Data(contentsOf: url), file: url.path)
            #expect(decoded.revision == 1 + offset)
            #expect(decoded.section.meetings[0].note == "ronde \(1 + offset)")
        }
    }

    @Test func filesArePrivateAndFoldersClosed() throws {
        let scratch = StoreScratch()
        let nested = scratch.root.appendingPathComponent("a/b/data", isDirectory: true)
        let store = try SectionStore(directory: nested)
        let created = try store.create(storeSampleSection())
        _ = try store.save(created.section, slug: created.slug, expectedRevision: 1)
        #expect(scratch.mode(nested) == 0o700)
        #expect(scratch.mode(scratch.root.appendingPathComponent("a")) == 0o700)
        #expect(scratch.mode(nested.appendingPathComponent("sectie-engels.json")) == 0o600)
        #expect(scratch.mode(nested.appendingPathComponent(".sectie-engels.lock")) == 0o600)
        // Earlier versions live in this machine's state folder, closed like the data.
        #expect(!FileManager.default.fileExists(atPath: nested.appendingPathComponent(".backup").path))
        let kept = try #require(store.backups(of: "sectie-engels").first).deletingLastPathComponent()
        #expect(!kept.path.hasPrefix(nested.path), "\(kept.path)")
        #expect(scratch.mode(kept) == 0o700)
        #expect(scratch.mode(kept.deletingLastPathComponent()) == 0o700)
        for backup in store.backups(of: "sectie-engels") {
            #expect(scratch.mode(backup) == 0o600)
        }
    }

    @Test func anExistingOpenFolderIsClosedOnlyWhenItHoldsNothingElse() throws {
        let scratch = StoreScratch()
        let dedicated = scratch.root.appendingPathComponent("eigen")
        let shared = scratch.root.appendingPathComponent("gedeeld")
        for folder in [dedicated, shared] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            #expect(chmod(folder.path, 0o755) == 0)
        }
        try Data("{}".utf8).write(to: dedicated.appendingPathComponent("oud.json"))
        try Data("foto".utf8).write(to: shared.appendingPathComponent("klassenfoto.jpg"))
        _ = try SectionStore(directory: dedicated)
        _ = try SectionStore(directory: shared)
        #expect(scratch.mode(dedicated) == 0o700)
        #expect(scratch.mode(shared) == 0o755, "a folder with the user's other files keeps its mode")
    }

    @Test func aDataDirectoryThatIsAFileGetsOneClearSentence() throws {
        let scratch = StoreScratch()
        try FileManager.default.createDirectory(at: scratch.root, withIntermediateDirectories: true)
        let file = scratch.root.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let error = storeError { _ = try SectionStore(directory: file) }
        #expect(error?.description.contains("\(file.path) is a file, not a folder") == true)
        // A file where a parent folder should be is named too.
        let below = storeError { _ = try SectionStore(directory: file.appendingPathComponent("data")) }
        #expect(below?.description.contains("because \(file.path) is a file, not a folder") == true)
    }

    @Test func readersNeverSeeAHalfWrittenFile() async throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        var big = storeSampleSection(note: "ronde 1")
        big.school = "ronde 1"
        big.meetings = (1...800).map {
            Meeting(number: $0, place: String(repeating: "lokaal ", count: 10), note: "ronde 1")
        }
        _ = try store.create(big)
        let writer = Task.detached { () throws -> Int in
            var stored = try store.load("sectie-engels")
            for _ in 0..<40 {
                var next = stored.section
                let mark = "ronde \(stored.revision + 1)"
                next.school = mark
                for i in next.meetings.indices { next.meetings[i].note = mark }
                stored = try store.save(next, slug: "sectie-engels", expectedRevision: stored.revision)
            }
            return stored.revision
        }
        let reader = Task.detached { () throws -> Int in
            var reads = 0
            var lastRevision = 0
            // Not a speed limit: only keeps a failing writer from leaving this loop spinning for ever.
            let giveUp = ContinuousClock.now.advanced(by: .seconds(120))
            while lastRevision < 41 && ContinuousClock.now < giveUp {
                let seen = try store.load("sectie-engels")  // throws `corrupt` on a torn file
                let mark = "ronde \(seen.revision)"
                guard seen.section.school == mark, seen.section.meetings.allSatisfy({ $0.note == mark })
                else {
                    throw StoreError.io("revision \(seen.revision) holds a mix of states")
                }
                #expect(seen.revision >= lastRevision, "revisions never go back")
                lastRevision = seen.revision
                reads += 1
            }
            return reads
        }
        #expect(try await writer.value == 41)
        #expect(try await reader.value > 0)
        #expect(scratch.entries().filter { $0.contains(".tmp-") }.isEmpty, "no temporary files stay behind")
    }

    @Test func replaceOverwritesAnyRevisionWithABackup() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        #expect(try store.replace(storeSampleSection(), slug: "sectie-engels").revision == 1)
        let created = try store.load("sectie-engels")
        _ = try store.save(created.section, slug: "sectie-engels", expectedRevision: 1)
        var fresh = storeSampleSection()
        fresh.school = "Demo"
        let replaced = try store.replace(fresh, slug: "sectie-engels")
        #expect(replaced.revision == 3)
        #expect(try store.load("sectie-engels").section.school == "Demo")
        #expect(store.backups(of: "sectie-engels").count == 2)
    }

    @Test func renameMovesTheFileAndItsHistory() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let created = try store.create(storeSampleSection("Sectie Engels"))
        let saved = try store.save(created.section, slug: "sectie-engels", expectedRevision: 1)
        let renamed = try store.rename(
            "sectie-engels", to: "Sectie Engels & Duits", expectedRevision: saved.revision)
        #expect(renamed.slug == "sectie-engels-duits")
        #expect(renamed.revision == 3)
        #expect(renamed.section.name == "Sectie Engels & Duits")
        #expect(renamed.section.id == created.section.id)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("sectie-engels").path))
        #expect(try store.load("sectie-engels-duits") == renamed)
        #expect(storeError { _ = try store.load("sectie-engels") } == .notFound(slug: "sectie-engels"))
        // The history came along: revision 1 from the save, revision 2 from the rename.
        #expect(
            store.backups(of: "sectie-engels-duits").map { $0.lastPathComponent.suffix(8) } == [
                "-r1.json", "-r2.json",
            ])
        #expect(store.backups(of: "sectie-engels").isEmpty)
    }

    @Test func renameRefusesATakenNameAStaleRevisionAndKeepsBothFiles() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        _ = try store.create(storeSampleSection("Sectie Engels"))
        _ = try store.create(storeSampleSection("Sectie Duits"))
        let english = try scratch.bytes("sectie-engels")
        let german = try scratch.bytes("sectie-duits")
        #expect(
            storeError { _ = try store.rename("sectie-engels", to: "Sectie DUITS", expectedRevision: 1) }
                == .alreadyExists(slug: "sectie-duits"))
        #expect(
            storeError { _ = try store.rename("sectie-engels", to: "Sectie Frans", expectedRevision: 7) }
                == .conflict(slug: "sectie-engels", expected: 7, found: 1))
        #expect(
            storeError { _ = try store.rename("sectie-engels", to: " ", expectedRevision: 1) }
                == .invalidName(" "))
        #expect(try scratch.bytes("sectie-engels") == english)
        #expect(try scratch.bytes("sectie-duits") == german)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("sectie-frans").path))
        #expect(store.backups(of: "sectie-engels").isEmpty, "a refused rename keeps no backup")
        // A new spelling with the same slug keeps the file where it is.
        let same = try store.rename("sectie-engels", to: "SECTIE ENGELS", expectedRevision: 1)
        #expect(same.slug == "sectie-engels" && same.revision == 2 && same.section.name == "SECTIE ENGELS")
    }

    @Test func namesThatAreNoSlugNeverReachTheFileSystem() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        // A file just outside the data directory that a traversal would hit.
        try Data("{}".utf8).write(to: scratch.root.appendingPathComponent("x.json"))
        let before = try Data(contentsOf: scratch.root.appendingPathComponent("x.json"))
        for slug in [
            "../x", "/etc/passwd", "", ".", "..", "a/b", "x\u{0}", "Sectie Engels", "sectie-engels.json",
            ".backup",
        ] {
            #expect(storeError { _ = try store.load(slug) } == .notFound(slug: slug))
            #expect(
                storeError { _ = try store.save(storeSampleSection(), slug: slug, expectedRevision: 1) }
                    == .notFound(slug: slug))
            #expect(
                storeError { _ = try store.replace(storeSampleSection(), slug: slug) }
                    == .notFound(slug: slug))
            #expect(store.backups(of: slug).isEmpty)
        }
        // Hostile section names are created, each as a plain file directly in the directory.
        for name in ["../x", "/etc/passwd", "..", String(repeating: "ë", count: 10_000), "🎉", "a/../../b"] {
            let created = try store.create(storeSampleSection(name))
            #expect(FileManager.default.fileExists(atPath: scratch.file(created.slug).path))
        }
        #expect(try Data(contentsOf: scratch.root.appendingPathComponent("x.json")) == before)
        let outside = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted()
        // `state` is this test's own machine state folder (the private notes), never the data directory.
        #expect(outside == ["data", "state", "x.json"])
        #expect(scratch.entries().filter { !$0.hasPrefix(".") }.allSatisfy { $0.hasSuffix(".json") })
    }

    @Test func listShowsEverySectionFileSortedAndNamesStrayCopies() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        _ = try store.create(storeSampleSection("Sectie Wiskunde"))
        _ = try store.create(storeSampleSection("Sectie Engels"))
        try scratch.write("{}", as: "Sectie Engels (kopie)")
        try Data("notities".utf8).write(to: scratch.directory.appendingPathComponent("notities.txt"))
        let listing = store.list()
        #expect(listing.map(\.slug) == ["Sectie Engels (kopie)", "sectie-engels", "sectie-wiskunde"])
        guard case .unreadable(_, let error) = listing[0] else {
            Issue.record("a stray copy should be listed as unreadable")
            return
        }
        #expect(error.description.contains("rename it to sectie-engels-kopie.json"))
        #expect(
            listing[1]
                == .readable(
                    SectionSummary(
                        slug: "sectie-engels", name: "Sectie Engels", people: 2, initiatives: 0, meetings: 1,
                        school: "Het Baken", schoolYear: "2026-2027"))
        )
    }

    @Test func errorMessagesAreOneSentenceThatSaysWhatToDo() {
        let errors: [StoreError] = [
            .notFound(slug: "x"), .alreadyExists(slug: "x"),
            .corrupt(file: "/d/x.json", line: 3, column: 4, reason: "expected ‘,’ or ‘}’ but found ‘]’"),
            .conflict(slug: "x", expected: 1, found: 2), .locked(slug: "x"), .invalidName("\u{1B}[2J"),
            .unsupportedVersion(file: "/d/x.json", version: 9), .io("Could not write /d/x.json: disk full."),
        ]
        for error in errors {
            let text = error.description
            #expect(text.hasSuffix("."), "\(text)")
            #expect(!text.dropLast().contains(". "), "one sentence: \(text)")
            #expect(!text.contains("\u{1B}") && !text.contains("\n"), "no control characters: \(text)")
        }
        #expect(
            StoreError.corrupt(file: "/d/x.json", line: 3, column: 4, reason: "r").description
                == "/d/x.json line 3, column 4: r; the file was left untouched — fix it by hand or move it out of the data directory (there is no backup of it)."
        )
    }

    /// The corrupt-file sentence names the backup folder only when a backup is there to restore.
    @Test func corruptFileMessageOffersABackupOnlyWhenOneExists() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let stored = try store.create(storeSampleSection())
        let file = scratch.file(stored.slug).path
        let error = StoreError.corrupt(file: file, line: 1, column: 1, reason: "r")
        #expect(!error.description.contains("restore a backup"), "\(error.description)")
        _ = try store.save(stored.section, slug: stored.slug, expectedRevision: stored.revision)
        let shelf = BackupShelf.of(
            dataDirectory: scratch.directory, environment: ProcessInfo.processInfo.environment)
        #expect(
            error.description.hasSuffix("restore a backup from \(shelf.folder(for: stored.slug).path)/."),
            "\(error.description)")
    }

    /// Versions an earlier release kept in `<data>/.backup/` move to this machine's state folder when
    /// the store opens, and the folder in the (possibly shared) data directory is gone.
    @Test func versionsKeptBesideTheDataMoveToTheStateFolder() throws {
        let scratch = StoreScratch()
        let legacy = scratch.directory.appendingPathComponent(".backup/sectie-engels", isDirectory: true)
        try FileManager.default.createDirectory(at: legacy, withIntermediateDirectories: true)
        let old = try SectionFileFormat.encode(storeSampleSection(), revision: 3)
        try old.write(to: legacy.appendingPathComponent("20261101T120000.000000Z-r3.json"))
        let store = try scratch.store()
        let versions = store.backups(of: "sectie-engels")
        #expect(versions.map(\.lastPathComponent) == ["20261101T120000.000000Z-r3.json"])
        #expect(try Data(contentsOf: try #require(versions.first)) == old)
        #expect(
            !FileManager.default.fileExists(atPath: scratch.directory.appendingPathComponent(".backup").path))
    }
}
