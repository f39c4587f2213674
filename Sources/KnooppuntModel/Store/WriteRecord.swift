import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What this machine last wrote of each section, and the version it wrote on top of, in its state
/// folder (`written/<slug>.json`, `written/<slug>.base.json`, `written/<slug>.stamp`).
///
/// Why: a synced folder (Syncthing, Dropbox, …) can replace a file that was saved a moment ago with a
/// colleague's version that never saw that save, without leaving a conflict copy: the tool had not yet
/// noticed the local change. The saved work is then gone from the data directory, but not from this
/// record, and `SectionStore.recoverLostWrite` merges it back. The base is the last version this
/// machine did not write itself, so a run of our own saves counts as one change against it.
///
/// Everything here is best effort: a missing record only means nothing can be recovered.
struct WriteRecord: Sendable {
    /// nil when the state folder could not be made (then nothing is recorded).
    let folder: URL?

    func written(_ slug: String) -> URL? { folder?.appendingPathComponent(slug + ".json") }
    func base(_ slug: String) -> URL? { folder?.appendingPathComponent(slug + ".base.json") }
    private func stampFile(_ slug: String) -> URL? { folder?.appendingPathComponent(slug + ".stamp") }

    /// Whether `file` is still the very file this machine wrote last (same inode, same revision).
    func isOurs(_ file: URL, slug: String, revision: Int? = nil) -> Bool {
        guard let stampFile = stampFile(slug),
            let recorded = try? String(contentsOf: stampFile, encoding: .utf8)
        else { return false }
        let parts = recorded.split(separator: " ")
        guard parts.count == 3, let now = Self.identity(file) else { return false }
        return parts[0] == now && (revision.map { parts[2] == String($0) } ?? true)
    }

    /// Before a save replaces `file`: when it is not our own last write, it becomes the base.
    func willReplace(_ file: URL, slug: String) {
        guard let base = base(slug), !isOurs(file, slug: slug) else { return }
        place(file, at: base)
    }

    /// After a save wrote `file` at `revision`.
    func wrote(_ file: URL, slug: String, revision: Int) {
        guard let written = written(slug), let stampFile = stampFile(slug), let identity = Self.identity(file)
        else { return }
        place(file, at: written)
        try? Data("\(identity) \(slug) \(revision)".utf8).write(to: stampFile, options: .atomic)
    }

    /// A new section, or one renamed away: nothing of before can be recovered into it.
    func forget(_ slug: String) {
        for url in [written(slug), base(slug), stampFile(slug)].compactMap({ $0 }) { unlink(url.path) }
    }

    /// `file` linked (or copied, across file systems) to `target`, replacing what was there.
    private func place(_ file: URL, at target: URL) {
        guard let folder else { return }
        try? DurableFile.makeFolder(folder)
        let temporary = target.appendingPathExtension("tmp")
        unlink(temporary.path)
        if link(file.path, temporary.path) != 0 {
            guard let bytes = try? DurableFile.read(file, limit: SectionStore.maximumFileSize),
                (try? DurableFile.write(bytes, to: temporary, replacing: true)) != nil
            else { return }
        }
        rename(temporary.path, target.path)
    }

    /// "device:inode" of a file.
    static func identity(_ file: URL) -> String? {
        var info = stat()
        guard stat(file.path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }
}
