import Foundation

/// Durable, atomic writes for files outside the section store (exports, machine-local state): the
/// same temporary-file, fsync, rename and folder-fsync sequence the store uses, so a reader never
/// sees half a file and a crash leaves either the old file or the new one.
public enum DurableWrite {
    /// What went wrong, as one sentence that says what to check: `text(english:)` in the user's
    /// language (see `DurableWrite+Wording`), `description` in English for logs and tests.
    public struct Failure: Error, CustomStringConvertible {
        let failure: DurableFile.Failure

        public var description: String { failure.sentence }
    }

    /// Replaces (or creates) `url` with `data`; creates missing folders when `makingFolders` is set.
    public static func replace(_ data: Data, at url: URL, makingFolders: Bool = false) throws(Failure) {
        do {
            if makingFolders { try DurableFile.makeFolder(url.deletingLastPathComponent()) }
            try DurableFile.write(data, to: url, replacing: true)
        } catch {
            throw Failure(failure: error)
        }
    }

    /// The bytes of a small machine-local file, or nil when it is absent or unreadable: such files only
    /// remember conveniences (the last exported calendar), so losing one must never stop the work.
    public static func readIfPresent(_ url: URL, limit: Int = 1_000_000) -> Data? {
        try? DurableFile.read(url, limit: limit)
    }
}
