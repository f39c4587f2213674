import Foundation

/// The private file of one data directory on this machine: per section (by id, so a renamed section
/// keeps its notes) the `PrivateParts` its shared file must not hold. It lives beside the merge bases
/// in the machine's state folder (`MachineState`, under `$XDG_STATE_HOME/knooppunt`), the place the
/// instruments' response ledger showed: never in the data directory, so neither a synced folder nor a
/// git repository ever carries it; `share init` ignores its name as well, should a state folder ever
/// sit inside a shared one. Written like a section file (durable, 0600); a damaged one is refused with
/// a sentence and never overwritten, since it is the only copy of the notes.
public struct PrivateFile: Sendable {
    public static let fileName = "private.json"
    static let sizeLimit = 50 * 1024 * 1024

    public let url: URL
    /// The data directory it belongs to: a private file inside it would be shared with it.
    let dataDirectory: URL

    public init(dataDirectory: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.dataDirectory = dataDirectory.standardizedFileURL
        url = MachineState(dataDirectory: dataDirectory, environment: environment).folder
            .appendingPathComponent(Self.fileName)
    }

    struct Contents: Codable {
        var sections: [UUID: PrivateParts]

        enum CodingKeys: String, CodingKey { case sections }

        init(sections: [UUID: PrivateParts] = [:]) { self.sections = sections }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            sections = PrivateParts.byID(
                try c.decodeIfPresent([String: PrivateParts].self, forKey: .sections) ?? [:])
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(PrivateParts.byText(sections), forKey: .sections)
        }
    }

    /// The private parts of one section; none when the file or the section's entry is not there.
    public func parts(of section: UUID) throws -> PrivateParts {
        try read().sections[section] ?? PrivateParts()
    }

    /// Replaces one section's entry (an empty one removes it). Writes nothing when nothing changes, so
    /// a section without private parts never creates the file.
    /// Two sections of one data directory saved at once share this file, so the read and the write
    /// happen under a lock of its own (taken after the section's, always in that order).
    public func store(_ parts: PrivateParts, of section: UUID) throws {
        let current = try read()
        guard current.sections[section] != (parts.isEmpty ? nil : parts) else { return }
        let folder = url.deletingLastPathComponent()
        if isInsideDataDirectory { try write(current) }  // refuses, with the sentence
        do {
            try DurableFile.makeFolder(folder)
        } catch {
            throw StoreError.io(error.sentence)
        }
        try SectionLock.holding("private", in: folder, timeout: .seconds(2)) {
            var contents = try read()
            contents.sections[section] = parts.isEmpty ? nil : parts
            try write(contents)
        }
    }

    /// Whether the file would be inside the data directory in plain sight (a state folder set up inside
    /// a synced folder): then it would be shared with the sections, and nothing private is written
    /// there. Below a hidden folder it is accepted: that is the machine's own `~/.local/state` when the
    /// home folder itself is the data directory, which sync tools and the `share init` rules leave out
    /// as they do the store's own dot files.
    public var isInsideDataDirectory: Bool {
        let folder = dataDirectory.resolvingSymlinksInPath().path
        let path = url.deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath().path
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        guard path == folder || path.hasPrefix(base) else { return false }
        let below = path.dropFirst(min(path.count, base.count)).split(separator: "/")
        return !below.contains { $0.hasPrefix(".") }
    }

    func read() throws -> Contents {
        let data: Data
        do {
            data = try DurableFile.read(url, limit: Self.sizeLimit)
        } catch .missing {
            return Contents()
        } catch {
            throw StoreError.io(
                "The private notes file \(StoreError.shown(url.path)) cannot be read (\(error.sentence)); nothing was changed."
            )
        }
        do {
            return try JSONDecoder().decode(Contents.self, from: data)
        } catch {
            throw StoreError.io(
                "\(StoreError.shown(url.path)) is not a readable private notes file; move it aside to start a new one (the notes in it are then no longer shown)."
            )
        }
    }

    func write(_ contents: Contents) throws {
        if isInsideDataDirectory {
            throw StoreError.io(
                "The private notes file would be inside the data directory (\(StoreError.shown(url.path))), where colleagues can read it; set XDG_STATE_HOME to a folder outside it. Nothing was saved."
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            var data = try encoder.encode(contents)
            data.append(UInt8(ascii: "\n"))
            try DurableFile.makeFolder(url.deletingLastPathComponent())
            try DurableFile.write(data, to: url, replacing: true)
        } catch let failure as DurableFile.Failure {
            throw StoreError.io(failure.sentence)
        } catch {
            throw StoreError.io("The private notes file could not be written (\(error)); nothing was saved.")
        }
    }
}
