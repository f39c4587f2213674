import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the section picker shows of each file (name, counts, school) and its section id, remembered per
/// file stamp (device, inode, size, change time) in this machine's state folder (`summaries.json`).
///
/// Why: listing read and checked every section in full, at every start and every refresh, and the
/// check for conflict copies read every file again for its id; with fifty sections in a folder that was
/// most of the time to the first frame. A file that is replaced (every save renames a new one in) gets a
/// new stamp, so a stale summary is never shown. Best effort: without a state folder it only remembers
/// within the process, and an unreadable cache file is simply rebuilt.
final class SummaryCache: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    struct Entry: Codable, Hashable {
        var stamp: String
        var summary: SectionSummary
        var id: UUID
    }

    private let file: URL?
    private let lock = NSLock()
    private var entries: [String: Entry]?
    private var dirty = false

    init(file: URL?) { self.file = file }

    /// The remembered entry of `slug`, when its file still has the stamp it had.
    func entry(_ slug: String, at url: URL) -> Entry? {
        guard let stamp = Self.stamp(url) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        loadIfNeeded()
        guard let found = entries?[slug], found.stamp == stamp else { return nil }
        return found
    }

    func remember(_ slug: String, at url: URL, summary: SectionSummary, id: UUID) {
        guard let stamp = Self.stamp(url) else { return }
        lock.lock()
        defer { lock.unlock() }
        loadIfNeeded()
        let entry = Entry(stamp: stamp, summary: summary, id: id)
        if entries?[slug] != entry {
            entries?[slug] = entry
            dirty = true
        }
    }

    /// Drops the entries of files that are gone and writes the cache when it changed.
    func flush(keeping slugs: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        loadIfNeeded()
        if let known = entries, !Set(known.keys).isSubset(of: slugs) {
            entries = known.filter { slugs.contains($0.key) }
            dirty = true
        }
        guard dirty, let file, let entries, let data = try? JSONEncoder().encode(entries) else { return }
        try? FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        if (try? data.write(to: file, options: .atomic)) != nil {
            chmod(file.path, 0o600)
            dirty = false
        }
    }

    private func loadIfNeeded() {
        guard entries == nil else { return }
        entries =
            file.flatMap { try? Data(contentsOf: $0) }.flatMap {
                try? JSONDecoder().decode([String: Entry].self, from: $0)
            } ?? [:]
    }

    /// "device:inode:size:seconds.nanoseconds" of the change time; nil when the file cannot be seen.
    static func stamp(_ url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }
}
