import Foundation
import Testing

@testable import KnooppuntModel

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct StoreCorruptFileTests {
    /// Every writing method refuses the broken file, which stays byte for byte as it was, gets no
    /// backup and does not stop the other sections from listing.
    private func expectUntouchable(
        _ slug: String, in scratch: StoreScratch, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> StoreError? {
        let store = try scratch.store()
        _ = try? store.create(storeSampleSection("Sectie Duits"))
        let before = try scratch.bytes(slug)
        let loadError = storeError({ _ = try store.load(slug) }, sourceLocation: sourceLocation)
        let attempts: [() throws -> Void] = [
            { _ = try store.save(storeSampleSection(), slug: slug, expectedRevision: 1) },
            { _ = try store.replace(storeSampleSection(), slug: slug) },
            { _ = try store.rename(slug, to: "Sectie Frans", expectedRevision: 1) },
            { _ = try store.rename(slug, to: slug.uppercased(), expectedRevision: 1) },
        ]
        for attempt in attempts {
            #expect(
                storeError(attempt, sourceLocation: sourceLocation) == loadError,
                sourceLocation: sourceLocation)
        }
        #expect(
            storeError({ _ = try store.create(storeSampleSection(slug)) }, sourceLocation: sourceLocation)
                == .alreadyExists(slug: slug), sourceLocation: sourceLocation)
        #expect(try scratch.bytes(slug) == before, "byte-identical", sourceLocation: sourceLocation)
        #expect(store.backups(of: slug).isEmpty, sourceLocation: sourceLocation)
        #expect(
            !FileManager.default.fileExists(atPath: scratch.file("sectie-frans").path),
            sourceLocation: sourceLocation)
        let listing = store.list()
        #expect(listing.map(\.slug) == [slug, "sectie-duits"].sorted(), sourceLocation: sourceLocation)
        for entry in listing {
            switch entry {
            case .readable(let summary):
                #expect(summary.slug == "sectie-duits", sourceLocation: sourceLocation)
            case .unreadable(let s, let error):
                #expect(s == slug, sourceLocation: sourceLocation)
                #expect(error == loadError, sourceLocation: sourceLocation)
            }
        }
        return loadError
    }

    @Test func aSyntaxErrorIsReportedWithLineAndColumn() throws {
        let scratch = StoreScratch()
        // Line 3: two spaces, "revision" (10 characters with its quotes), a space, then 2 at column 14.
        try scratch.write("{\n  \"schemaVersion\": 1,\n  \"revision\" 2\n}\n", as: "sectie-engels")
        let error = try expectUntouchable("sectie-engels", in: scratch)
        guard case .corrupt(let file, let line, let column, let reason)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(file == scratch.file("sectie-engels").path)
        #expect(line == 3 && column == 14)
        #expect(reason.description.contains("‘:’"))
        let text = error?.description ?? ""
        #expect(text.hasPrefix("\(scratch.file("sectie-engels").path) line 3, column 14: "))
        // A file written by hand has no backup: the sentence must not send the user to an empty folder.
        #expect(text.hasSuffix("move it out of the data directory (there is no backup of it)."))
    }

    @Test func aTornWriteIsCorruptNotEmpty() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        _ = try store.create(storeSampleSection())
        let whole = try scratch.bytes("sectie-engels")
        try whole.prefix(whole.count / 2).write(to: scratch.file("sectie-engels"))
        let error = try expectUntouchable("sectie-engels", in: scratch)
        guard case .corrupt(_, let line, _, _)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(line != nil)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let scratch = StoreScratch()
        // "ë" and "é" are two bytes each in UTF-8 but one column in an editor: x is at column 18.
        try scratch.write("{\"name\": \"Zoë é\" x}", as: "zoe")
        let error = try scratch.store().load("zoe", orError: ())
        #expect(
            error
                == .corrupt(
                    file: scratch.file("zoe").path, line: 1, column: 18,
                    reason: .syntax(.expectedSeparator(.object, .character("x")))))
    }

    @Test func aWrongTypeNamesTheFieldAndItsLine() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        _ = try store.create(storeSampleSection())
        // Put a number where the second person's name belongs, and find that line independently.
        var object = try #require(
            try JSONSerialization.jsonObject(with: try scratch.bytes("sectie-engels")) as? [String: Any])
        var section = try #require(object["section"] as? [String: Any])
        var people = try #require(section["people"] as? [[String: Any]])
        people[1]["name"] = 987_654
        section["people"] = people
        object["section"] = section
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: scratch.file("sectie-engels"))
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let lineIndex = try #require(lines.firstIndex { $0.contains("987654") })
        let column =
            try #require(lines[lineIndex].range(of: "987654")).lowerBound.utf16Offset(in: lines[lineIndex])
            + 1

        let error = try expectUntouchable("sectie-engels", in: scratch)
        guard case .corrupt(_, let line, let col, let reason)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(line == lineIndex + 1 && col == column)
        #expect(reason.description.hasPrefix("section.people[1].name: "))
    }

    @Test func aMissingFieldIsNamed() throws {
        let scratch = StoreScratch()
        try scratch.write(
            "{\"revision\": 1, \"schemaVersion\": 1, \"section\": {\"school\": \"x\"}}", as: "leeg")
        let error = try expectUntouchable("leeg", in: scratch)
        guard case .corrupt(_, _, _, let reason)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(reason.description.hasPrefix("section: the field “"))
    }

    @Test func otherBrokenShapesAreCorruptToo() throws {
        let cases = [
            "", "   \n", "[]", "\"sectie\"", "{\"schemaVersion\": \"1\"}", "{\"schemaVersion\": -1}",
            "{\"schemaVersion\": 1, \"revision\": 0, \"section\": {}}", "{\"a\": 1,}", "\u{FEFF}{",
        ]
        for (index, text) in cases.enumerated() {
            let scratch = StoreScratch()
            try scratch.write(text, as: "geval-\(index)")
            let error = try expectUntouchable("geval-\(index)", in: scratch)
            guard case .corrupt? = error else {
                Issue.record("\(text.debugDescription): expected corrupt, got \(String(describing: error))")
                continue
            }
        }
    }

    @Test func aHugeFileIsRefusedWithoutReadingIt() throws {
        let scratch = StoreScratch()
        try scratch.write("", as: "groot")
        // A sparse file: 60 MB long, no disk used, and reading it would take a while.
        #expect(truncate(scratch.file("groot").path, 60 * 1024 * 1024) == 0)
        let error = try expectUntouchable("groot", in: scratch)
        #expect(error?.description.contains("60 MB") == true)
    }

    @Test func somethingThatIsNoRegularFileIsRefusedWithoutHanging() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        #expect(mkfifo(scratch.file("pijp").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: scratch.file("map"), withIntermediateDirectories: false)
        for slug in ["pijp", "map"] {
            let error = storeError { _ = try store.load(slug) }
            #expect(
                error
                    == .corrupt(
                        file: scratch.file(slug).path, line: nil, column: nil,
                        reason: "this is not a regular file"))
            #expect(storeError { _ = try store.replace(storeSampleSection(), slug: slug) } == error)
        }
        #expect(store.list().map(\.slug) == ["map", "pijp"])
    }

    /// A file the user may not read is a permission problem of that file; the sentence used to send
    /// people to check the folder and the free space. Root reads anything, so the file part of the
    /// check only runs for other users; the sentence is checked always.
    @Test func anUnreadableFileIsNamedWithItsPermissions() throws {
        let sentence = DurableFile.systemFailure(DurableFile.Failure.readCall, "/d/x.json", EACCES).sentence
        #expect(sentence == "Could not read /d/x.json: Permission denied; check that file's permissions.")
        guard geteuid() != 0 else { return }
        let scratch = StoreScratch()
        let store = try scratch.store()
        let stored = try store.create(storeSampleSection())
        #expect(chmod(scratch.file(stored.slug).path, 0) == 0)
        let error = storeError { _ = try store.load(stored.slug) }
        #expect(
            error?.description.contains("check that file's permissions") == true,
            "\(String(describing: error))")
    }

    @Test func aFileFromANewerKnooppuntIsLeftAlone() throws {
        let scratch = StoreScratch()
        try scratch.write(
            "{\"schemaVersion\": 2, \"revision\": 5, \"section\": {\"future\": true}}", as: "toekomst")
        let error = try expectUntouchable("toekomst", in: scratch)
        #expect(error == .unsupportedVersion(file: scratch.file("toekomst").path, version: 2))
        #expect(error?.description.contains("update knooppunt") == true)
    }

    @Test func aBareSectionFromVersionZeroIsMigratedAndItsOriginalKept() throws {
        let scratch = StoreScratch()
        // Without a private note: a kept version with one is rewritten without it at the first save
        // (StorePrivateTests), so it would not stay byte for byte.
        let section = storeSampleSection().withoutPrivate
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        let original = try encoder.encode(section)
        try FileManager.default.createDirectory(at: scratch.directory, withIntermediateDirectories: true)
        try original.write(to: scratch.file("sectie-engels"))
        let store = try scratch.store()

        let loaded = try store.load("sectie-engels")
        #expect(loaded.section == section)
        #expect(loaded.revision == 1)
        #expect(try scratch.bytes("sectie-engels") == original, "loading does not rewrite the file")

        var changed = loaded.section
        changed.school = "Na migratie"
        _ = try store.save(changed, slug: "sectie-engels", expectedRevision: 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: try scratch.bytes("sectie-engels")) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == SchemaMigration.currentVersion)
        #expect(object["revision"] as? Int == 2)
        let backup = try #require(store.backups(of: "sectie-engels").first)
        #expect(try Data(contentsOf: backup) == original, "the version-0 file is kept as it was")
    }

    /// On Linux the NSNumber 0 passes `is Bool`, so an explicit `"schemaVersion": 0` was refused as "not
    /// a whole number"; and an envelope without its version was blamed for a missing section id.
    @Test func versionZeroIsANumberAndAMissingVersionIsNamed() throws {
        let zero = try #require(
            try JSONSerialization.jsonObject(with: Data("{\"schemaVersion\": 0}".utf8)) as? [String: Any])
        #expect(try SchemaMigration.version(of: zero) == 0)
        let boolean = try #require(
            try JSONSerialization.jsonObject(with: Data("{\"schemaVersion\": false}".utf8)) as? [String: Any])
        #expect(throws: SchemaMigration.Failure.versionNotANumber) {
            try SchemaMigration.version(of: boolean)
        }

        let scratch = StoreScratch()
        let section = storeSampleSection()
        var bare = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(section)) as? [String: Any])
        bare["schemaVersion"] = 0
        try FileManager.default.createDirectory(at: scratch.directory, withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: bare).write(to: scratch.file("nul"))
        #expect(try scratch.store().load("nul").section == section)

        let other = StoreScratch()
        try other.write("{\"revision\": 3, \"section\": {}}", as: "zonder")
        let error = try expectUntouchable("zonder", in: other)
        guard case .corrupt(_, _, _, let reason)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(reason.description.contains("“schemaVersion” is missing"), "\(reason)")
    }

    /// `"revision": 1.5` is well-formed JSON, but Foundation on Linux reports "not valid JSON" for it; the
    /// user was told the file was not valid JSON with no place, and went looking for a syntax error.
    @Test func aNumberThatIsNoWholeNumberIsNamedAsSuch() throws {
        let scratch = StoreScratch()
        let section = String(decoding: try JSONEncoder().encode(storeSampleSection()), as: UTF8.self)
        try scratch.write(
            "{\"schemaVersion\": 1, \"revision\": 1.5, \"section\": \(section)}", as: "breuk")
        let error = try expectUntouchable("breuk", in: scratch)
        guard case .corrupt(_, _, _, let reason)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(reason.description.contains("whole number"), "\(reason)")
    }

    @Test func migrationStepsChainUpToTheCurrentVersion() throws {
        let bare: [String: Any] = ["name": "Sectie Engels", "people": []]
        let upgraded = try SchemaMigration.upgrade(bare)
        #expect(upgraded["schemaVersion"] as? Int == 1)
        #expect(upgraded["revision"] as? Int == 1)
        #expect((upgraded["section"] as? [String: Any])?["name"] as? String == "Sectie Engels")
        // Already current: unchanged.
        let current: [String: Any] = ["schemaVersion": 1, "revision": 4, "section": [:] as [String: Any]]
        #expect(try SchemaMigration.upgrade(current)["revision"] as? Int == 4)
        #expect(throws: SchemaMigration.Failure.newer(9)) {
            try SchemaMigration.upgrade(["schemaVersion": 9])
        }
        #expect(throws: SchemaMigration.Failure.versionNotANumber) {
            try SchemaMigration.upgrade(["schemaVersion": true])
        }
    }

    @Test func theFaultLocatorAgreesWithFoundationOnMangledDocuments() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        _ = try store.create(storeSampleSection())
        let valid = Array(try scratch.bytes("sectie-engels"))
        #expect(JSONFaultLocator.firstFault(in: Data(valid)) == nil)
        var rng = StoreRandom(seed: 7)
        let noise: [UInt8] = Array("{}[],:\"\\0-1.e+ tfn\u{7}".utf8) + [0xC3, 0xAB, 0xFF]
        var disagreements: [String] = []
        for _ in 0..<1_500 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(noise.randomElement(using: &rng)!, at: at)
                default: bytes[at] = noise.randomElement(using: &rng)!
                }
            }
            let foundationAccepts =
                (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
            let fault = JSONFaultLocator.firstFault(in: Data(bytes))
            if foundationAccepts != (fault == nil) {
                disagreements.append(
                    "\(String(decoding: bytes, as: UTF8.self).debugDescription): locator says \(String(describing: fault))"
                )
            }
            if let fault { #expect(fault.offset <= bytes.count) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
    }
}

extension SectionStore {
    /// The error `load` throws, for tests that expect one (nil if it loads).
    fileprivate func load(_ slug: String, orError: Void) throws -> StoreError? {
        do {
            _ = try load(slug)
            return nil
        } catch let error as StoreError {
            return error
        }
    }
}
