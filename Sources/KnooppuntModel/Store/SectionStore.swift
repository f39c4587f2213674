import Foundation

/// The sections of one data directory, one JSON file each (see DESIGN.md, "Model and store").
///
/// Promises, each with a test in Tests/KnooppuntModelTests/Store*.swift:
/// - a write is atomic and durable: readers see the old file or the new one, never a mix, also after
///   a crash or a power cut (`DurableFile`);
/// - a second writer with an out-of-date revision gets `StoreError.conflict`, never a silent overwrite
///   (`SectionLock` plus the revision in the file);
/// - the previous version of every replaced file is kept on this machine, in its state folder
///   (`BackupShelf`), never in the data directory, which may be shared;
/// - a file that does not parse, or was written by a newer knooppunt, is never overwritten, moved or
///   deleted, and the other sections still list and load;
/// - no name can make the store touch a path outside `directory` (`SectionSlug`).
///
/// What the directory holds (everything of the store's own starts with a dot, which no slug can):
///
///     sectie-engels.json                                   the section, 0600
///     .sectie-engels.lock                                  empty; the flock target, 0600
///     .sectie-engels.json.tmp-<random>                     a write in progress, or one that was killed
///                                                          (the next write of that section removes it)
///
/// and in this machine's state folder (`$XDG_STATE_HOME/knooppunt/data-<hash of the directory>/`):
///
///     backup/sectie-engels/20261121T121843.123456Z-r4.json  earlier versions, spaced in time, 0600
///
/// New fields in the model must decode with a default when absent, or come with a `SchemaMigration`
/// step; otherwise every existing file would report a missing field.
public final class SectionStore: Sendable {
    /// Refused rather than read: a 50 MB section is a mistake, and reading gigabytes would hang the app.
    public static let maximumFileSize = 50 * 1024 * 1024

    public let directory: URL
    private let lockTimeout: Duration
    /// The data directory can be read but not written (a read-only share, a colleague's folder).
    public let directoryIsReadOnly: Bool
    /// Where this machine keeps what the section files must not hold (`PrivateParts`): taken out at
    /// every write, put back at every load, so the rest of the program sees whole sections.
    public let privateFile: PrivateFile
    /// Where earlier versions go: this machine's state folder (see `BackupShelf`).
    private let shelf: BackupShelf
    /// What this machine last wrote of each section (see `WriteRecord`).
    let record: WriteRecord
    /// What the picker shows of each file, remembered per file stamp (see `SummaryCache`).
    let summaries: SummaryCache

    /// Opens (and if needed creates, with mode 0700) the data directory.
    /// - Parameter lockTimeout: how long a write waits for another process's write to finish.
    /// - Parameter privateFile: where private notes go; by default the data directory's private file
    ///   in this machine's state folder.
    /// - Parameter environment: where this machine's state folder is (`StateDirectory`).
    public init(
        directory: URL, lockTimeout: Duration = .seconds(2), privateFile: PrivateFile? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        let folder = directory.standardizedFileURL
        self.directory = folder
        self.lockTimeout = lockTimeout
        self.privateFile = privateFile ?? PrivateFile(dataDirectory: folder, environment: environment)
        shelf = BackupShelf.of(dataDirectory: folder, environment: environment)
        let machine = MachineState(dataDirectory: folder, environment: environment).folder
        record = WriteRecord(
            folder: shelf.root.path.hasPrefix(machine.path + "/")
                ? machine.appendingPathComponent("written", isDirectory: true) : nil)
        summaries = SummaryCache(
            file: record.folder == nil ? nil : machine.appendingPathComponent("summaries.json"))
        do {
            try DurableFile.makeFolder(folder)
        } catch .notAFolder(let path) {
            throw StoreError.io(
                "The data directory \(folder.path) cannot be used because \(path) is a file, not a folder; choose another with --data-dir."
            )
        } catch .system(_, let path, let message) {
            throw StoreError.io(
                "The data directory \(folder.path) cannot be created (\(path): \(message)); choose another with --data-dir."
            )
        } catch {
            throw StoreError.io(
                "The data directory \(folder.path) cannot be created; choose another with --data-dir.")
        }
        // A folder that can still be read is opened for viewing: `show` works and the interface marks
        // the section read-only; every write says why it cannot happen.
        directoryIsReadOnly = access(folder.path, W_OK | X_OK) != 0
        if directoryIsReadOnly {
            guard access(folder.path, R_OK | X_OK) == 0 else {
                throw StoreError.io(
                    "The data directory \(folder.path) can be neither read nor written; fix its permissions or choose another with --data-dir."
                )
            }
            return
        }
        Self.closeIfOnlyOurs(folder)
        shelf.adoptLegacy(from: folder)
    }

    /// The data is personal (notes about colleagues), so the directory should be 0700. A folder we
    /// create is. A folder that already existed (`mkdir data; knooppunt --data-dir data`) is closed too,
    /// but only when it is the user's and holds nothing but the store's own files: `--data-dir ~` or a
    /// shared project folder must keep the mode its owner gave it.
    private static func closeIfOnlyOurs(_ folder: URL) {
        var info = stat()
        guard stat(folder.path, &info) == 0, info.st_mode & 0o077 != 0, info.st_uid == geteuid(),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return }
        let ours = names.allSatisfy { name in
            name == BackupShelf.folderName || (name.hasSuffix(".json") && !name.hasPrefix("."))
                || (name.hasPrefix(".") && (name.hasSuffix(".lock") || name.contains(".json.tmp-")))
        }
        // Group and other bits go; the owner's bits stay as they are (a read-only folder stays so).
        if ours { chmod(folder.path, info.st_mode & 0o700) }
    }

    // MARK: - Names

    /// The file name (without `.json`) for a section name: lowercase ASCII letters, digits and single
    /// hyphens, at most 60 characters, diacritics folded ("Sectie Économie" → "sectie-economie"). Names
    /// without any letter or digit get "sectie-" plus a stable hash, so the result is never empty.
    public static func slug(for name: String) -> String { SectionSlug.make(from: name) }

    /// Whether `text` could be a slug: what `load` and `save` accept.
    public static func isValidSlug(_ text: String) -> Bool { SectionSlug.isValid(text) }

    /// Refuses names that are empty, only white space, or hold control characters (which would garble
    /// a terminal wherever the name is shown). Anything else is allowed: the slug makes it safe.
    public static func checkName(_ name: String) throws {
        let visible = name.unicodeScalars.contains { !$0.properties.isWhitespace }
        let control = name.unicodeScalars.contains { $0.properties.generalCategory == .control }
        if !visible || control { throw StoreError.invalidName(name) }
    }

    /// The file of a section. The slug alphabet already rules out `/`, `.` and NUL; checking the parent
    /// again costs nothing and keeps that promise even if the alphabet ever grows.
    public func fileURL(for slug: String) throws -> URL {
        guard SectionSlug.isValid(slug) else { throw StoreError.notFound(slug: slug) }
        let url = directory.appendingPathComponent(slug + ".json", isDirectory: false)
        guard url.deletingLastPathComponent().standardizedFileURL.path == directory.path,
            url.lastPathComponent == slug + ".json"
        else { throw StoreError.notFound(slug: slug) }
        return try SectionLink.resolve(url, inside: directory)
    }

    // MARK: - Reading

    /// Every section file (`*.json`), sorted by slug. A broken one is listed as unreadable, with the
    /// error to show, and does not keep the others from being listed. A JSON file whose name is no slug
    /// (a copy such as "Sectie Engels (1).json") is listed as unreadable too, with the name to give it:
    /// hiding it would make a teacher think the copy was lost.
    public func list() -> [SectionListing<StoreError>] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return []
        }
        let bases = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map {
            String($0.dropLast(5))
        }
        let listing = bases.sorted().map { slug in
            guard SectionSlug.isValid(slug) else {
                let path = directory.appendingPathComponent(slug + ".json").path
                let suggestion = SectionSlug.make(from: slug)
                return SectionListing<StoreError>.unreadable(
                    slug: slug,
                    problem: .io(
                        "\(StoreError.shown(path)) is not named like a section file; rename it to \(suggestion).json to open it."
                    ))
            }
            let url = directory.appendingPathComponent(slug + ".json")
            if let known = summaries.entry(slug, at: url) { return .readable(known.summary) }
            do {
                let stored = try load(slug)
                let summary = SectionSummary(slug: slug, section: stored.section)
                summaries.remember(slug, at: url, summary: summary, id: stored.section.id)
                return .readable(summary)
            } catch let error as StoreError {
                return .unreadable(slug: slug, problem: error)
            } catch {
                return .unreadable(slug: slug, problem: .io("\(slug).json could not be read: \(error)."))
            }
        }
        summaries.flush(keeping: Set(listing.map(\.slug)))
        return listing
    }

    /// The section id in the file of `slug`, from the listing's memory when the file did not change.
    func sectionID(ofFile url: URL, slug: String) -> UUID? {
        summaries.entry(slug, at: url)?.id
    }

    /// Reads one section. No lock is needed: files are only ever replaced whole, by rename. A section
    /// that parses but does not hold together (repeated ids, references to what is gone) is repaired in
    /// memory and `repairs` says how; the file is left as it is until the next save.
    public func load(_ slug: String) throws -> StoredSection {
        let url = try fileURL(for: slug)
        let found = try read(url, slug: slug)
        let whole = found.section.withPrivate(try privateFile.parts(of: found.section.id))
        let checked = SectionValidation.repaired(whole, clampedSteps: found.clampedSteps)
        return StoredSection(
            slug: slug, section: checked.section, revision: found.revision, repairs: checked.repairs)
    }

    /// Earlier versions of a section kept by saves, oldest first (newest last).
    public func backups(of slug: String) -> [URL] {
        guard SectionSlug.isValid(slug) else { return [] }
        return shelf.versions(of: slug)
    }

    // MARK: - Writing

    /// Creates the file of a new section at revision 1; `alreadyExists` if its slug is taken.
    public func create(_ section: Section) throws -> StoredSection {
        try Self.checkName(section.name)
        let slug = Self.slug(for: section.name)
        let url = try fileURL(for: slug)
        if directoryIsReadOnly {
            throw StoreError.io(
                "The data directory \(StoreError.shown(directory.path)) is read-only; no section can be created in it."
            )
        }
        return try SectionLock.holding(slug, in: directory, timeout: lockTimeout) {
            DurableFile.removeLeftoverTemporaries(of: url.lastPathComponent, in: directory)
            if DurableFile.exists(url) { throw StoreError.alreadyExists(slug: slug) }
            try write(section, revision: 1, to: url, replacing: false, slug: slug)
            record.forget(slug)
            return StoredSection(slug: slug, section: section, revision: 1)
        }
    }

    /// Saves a section read at `expectedRevision`. If the file holds another revision now, someone else
    /// saved meanwhile and `conflict` is thrown; nothing is written. Returns the new revision.
    public func save(_ section: Section, slug: String, expectedRevision: Int) throws -> StoredSection {
        let url = try fileURL(for: slug)
        try refuseReadOnly(url)
        return try SectionLock.holding(slug, in: directory, timeout: lockTimeout) {
            DurableFile.removeLeftoverTemporaries(of: url.lastPathComponent, in: directory)
            let current = try read(url, slug: slug)
            guard current.revision == expectedRevision else {
                throw StoreError.conflict(slug: slug, expected: expectedRevision, found: current.revision)
            }
            try shelf.keep(url, slug: slug, revision: current.revision)
            record.willReplace(url, slug: slug)
            try write(section, revision: current.revision + 1, to: url, replacing: true, slug: slug)
            try scrubPrivateFromBackups(ifIn: current.section, slug: slug)
            record.wrote(url, slug: slug, revision: current.revision + 1)
            return StoredSection(slug: slug, section: section, revision: current.revision + 1)
        }
    }

    /// Writes `section` under `slug` whatever revision is there (`knooppunt demo --force`): still atomic,
    /// still with a backup of what it replaces. A file that does not parse is refused, not replaced.
    public func replace(_ section: Section, slug: String) throws -> StoredSection {
        let url = try fileURL(for: slug)
        try refuseReadOnly(url)
        return try SectionLock.holding(slug, in: directory, timeout: lockTimeout) {
            DurableFile.removeLeftoverTemporaries(of: url.lastPathComponent, in: directory)
            let revision: Int
            if DurableFile.exists(url) {
                let current = try read(url, slug: slug)
                try shelf.keep(url, slug: slug, revision: current.revision)
                revision = current.revision + 1
                record.forget(slug)
                try write(section, revision: revision, to: url, replacing: true, slug: slug)
                try scrubPrivateFromBackups(ifIn: current.section, slug: slug)
            } else {
                revision = 1
                try write(section, revision: revision, to: url, replacing: false, slug: slug)
            }
            return StoredSection(slug: slug, section: section, revision: revision)
        }
    }

    /// Gives a section a new name. When the slug changes the file moves (with its backups); the new
    /// slug must be free. The old file is kept as a backup and removed only after the new one is durable,
    /// so a crash in between leaves two copies rather than none.
    public func rename(_ slug: String, to newName: String, expectedRevision: Int) throws -> StoredSection {
        try Self.checkName(newName)
        let oldURL = try fileURL(for: slug)
        try refuseReadOnly(oldURL)
        let newSlug = Self.slug(for: newName)
        let newURL = try fileURL(for: newSlug)
        return try SectionLock.holding([slug, newSlug], in: directory, timeout: lockTimeout) {
            DurableFile.removeLeftoverTemporaries(of: oldURL.lastPathComponent, in: directory)
            DurableFile.removeLeftoverTemporaries(of: newURL.lastPathComponent, in: directory)
            let current = try read(oldURL, slug: slug)
            guard current.revision == expectedRevision else {
                throw StoreError.conflict(slug: slug, expected: expectedRevision, found: current.revision)
            }
            // The file is rewritten here, so it is written consistent, as a load would have shown it.
            let whole = current.section.withPrivate(try privateFile.parts(of: current.section.id))
            var section = SectionValidation.repaired(whole).section
            section.name = newName
            let revision = current.revision + 1
            if newSlug != slug && DurableFile.exists(newURL) { throw StoreError.alreadyExists(slug: newSlug) }
            try shelf.keep(oldURL, slug: slug, revision: current.revision)
            if newSlug == slug {
                try write(section, revision: revision, to: oldURL, replacing: true, slug: slug)
                return StoredSection(slug: slug, section: section, revision: revision)
            }
            try write(section, revision: revision, to: newURL, replacing: false, slug: newSlug)
            if unlink(oldURL.path) != 0 {
                throw StoreError.io(
                    "Section “\(slug)” was copied to \(newURL.lastPathComponent) but \(oldURL.path) could not be removed (\(String(cString: strerror(errno)))); remove it by hand."
                )
            }
            try? DurableFile.syncFolder(directory)
            shelf.moveHistory(from: slug, to: newSlug)
            record.forget(slug)
            return StoredSection(slug: newSlug, section: section, revision: revision)
        }
    }

    // MARK: - Files

    private func read(_ url: URL, slug: String) throws -> (section: Section, revision: Int, clampedSteps: Int)
    {
        let data: Data
        do {
            data = try DurableFile.read(url, limit: Self.maximumFileSize)
        } catch .missing {
            throw StoreError.notFound(slug: slug)
        } catch .tooLarge(let bytes) {
            throw StoreError.corrupt(
                file: url.path, line: nil, column: nil,
                reason:
                    "the file is \(bytes / (1024 * 1024)) MB, more than the \(Self.maximumFileSize / (1024 * 1024)) MB a section file may hold"
            )
        } catch .notARegularFile {
            throw StoreError.corrupt(
                file: url.path, line: nil, column: nil, reason: "this is not a regular file")
        } catch {
            throw StoreError.io(error.sentence)
        }
        return try SectionFile.decode(data, file: url.path)
    }

    /// The private parts go to the private file first: a crash between the two writes leaves a note
    /// in both places (the next save tidies it), never in neither.
    private func write(_ section: Section, revision: Int, to url: URL, replacing: Bool, slug: String) throws {
        let (shared, parts) = section.splitPrivate()
        try privateFile.store(parts, of: section.id)
        let data = try SectionFile.encode(shared, revision: revision)
        do {
            try DurableFile.write(data, to: url, replacing: replacing)
        } catch .exists {
            throw StoreError.alreadyExists(slug: slug)
        } catch {
            throw StoreError.io(error.sentence)
        }
    }

    /// The first save after private notes moved out of the section file (a file written before, or by
    /// an older knooppunt): the versions kept beside the data still hold them, and a synced folder
    /// carries those along, so they are rewritten without them. Later saves find nothing to do.
    private func scrubPrivateFromBackups(ifIn previous: Section, slug: String) throws {
        guard !previous.splitPrivate().parts.isEmpty else { return }
        _ = try scrubBackups(of: slug) { $0.withoutPrivate }
    }

    /// True when a section can be viewed but not saved here: the folder or the file is read-only.
    public func isReadOnly(_ slug: String) -> Bool {
        guard let url = try? fileURL(for: slug) else { return directoryIsReadOnly }
        return directoryIsReadOnly || Self.fileIsReadOnly(url)
    }

    /// The file's own permissions say nobody may write it: replacing it by rename (which the folder
    /// would allow) would silently turn a read-only file into a writable one.
    static func fileIsReadOnly(_ url: URL) -> Bool {
        var info = stat()
        return stat(url.path, &info) == 0 && info.st_mode & S_IWUSR == 0
    }

    func refuseReadOnly(_ url: URL) throws {
        if directoryIsReadOnly {
            throw StoreError.io(
                "The data directory \(StoreError.shown(directory.path)) is read-only; nothing was saved.")
        }
        if Self.fileIsReadOnly(url) {
            throw StoreError.io(
                "\(StoreError.shown(url.lastPathComponent)) is read-only; knooppunt does not replace it. Make it writable (chmod u+w) to save changes."
            )
        }
    }

}
