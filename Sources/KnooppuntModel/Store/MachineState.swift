import Foundation

/// What belongs to this machine and never to a shared data directory: the merge bases (the version of
/// each section this machine last saw, so that a later merge knows what changed on which side), kept
/// under `$XDG_STATE_HOME/knooppunt` (else `~/.local/state/knooppunt`), apart per data directory.
public struct MachineState: Sendable {
    public let folder: URL

    public init(dataDirectory: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = dataDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        let name = String(JSONMerge.fingerprint(path), radix: 16)
        folder = StateDirectory.resolve(environment: environment).appendingPathComponent("data-" + name)
    }

    var bases: URL { folder.appendingPathComponent("bases", isDirectory: true) }

    /// The section as this machine last read or wrote it.
    public func base(of slug: String) -> Section? {
        guard SectionSlug.isValid(slug),
            let data = try? Data(contentsOf: bases.appendingPathComponent(slug + ".json"))
        else { return nil }
        return try? SectionFileFormat.decode(data, file: slug).section
    }

    /// Remembers `section` as what this machine last saw (best effort: a merge without a base keeps
    /// both versions of every difference, so losing this file loses nothing). Only the shared part:
    /// merges never touch private notes, and one copy of them (`PrivateFile`) is enough.
    public func remember(_ section: Section, slug: String) {
        guard SectionSlug.isValid(slug),
            let data = try? SectionFileFormat.encode(section.withoutPrivate, revision: 1)
        else {
            return
        }
        try? FileManager.default.createDirectory(
            at: bases, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? data.write(to: bases.appendingPathComponent(slug + ".json"), options: .atomic)
        try? FileManager.default.setAttributes(
            [.posixPermissions: 0o600], ofItemAtPath: bases.appendingPathComponent(slug + ".json").path)
    }

    /// The merge base passed through an erasure; merged conflict copies of the section, which may
    /// name the person, are removed (they were merged already).
    public func forget(_ slug: String, _ change: (Section) -> Section) {
        if let base = base(of: slug) { remember(change(base), slug: slug) }
        if let names = try? FileManager.default.contentsOfDirectory(atPath: mergedCopies.path) {
            for name in names where name.contains(slug) {
                try? FileManager.default.removeItem(at: mergedCopies.appendingPathComponent(name))
            }
        }
    }

    /// Where a merged conflict copy of a synced folder is put, out of the data directory.
    public var mergedCopies: URL { folder.appendingPathComponent("merged-copies", isDirectory: true) }
}
