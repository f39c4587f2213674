import Foundation

/// Rewrites the kept versions of one section through a change (an erasure, a purge), so what was
/// removed from the section is not left behind in its history on this machine.
extension SectionStore {
    public struct ScrubResult: Hashable, Sendable {
        /// Versions rewritten without the data.
        public var rewritten = 0
        /// Versions that did not read and were removed rather than kept with the data in them.
        public var removed = 0
        /// Versions that did not need a change.
        public var unchanged = 0
    }

    /// Every kept version of `slug` passed through `change`; a version that cannot be read is
    /// deleted (it may hold the data and cannot be cleaned). A version is replaced by a new file, not
    /// changed in place: kept versions share their bytes with older files by hard link.
    public func scrubBackups(of slug: String, _ change: (Section) -> Section) throws -> ScrubResult {
        var result = ScrubResult()
        // The record of this machine's last write is a copy too; it only serves a recovery, so it goes.
        record.forget(slug)
        for url in backups(of: slug) {
            let data: Data
            do {
                data = try DurableFile.read(url, limit: SectionStore.maximumFileSize)
            } catch {
                try removeBackup(url)
                result.removed += 1
                continue
            }
            guard let old = try? SectionFile.decode(data, file: url.path) else {
                try removeBackup(url)
                result.removed += 1
                continue
            }
            let changed = change(old.section)
            if changed == old.section {
                result.unchanged += 1
                continue
            }
            do {
                let bytes = try SectionFile.encode(changed, revision: old.revision)
                try DurableFile.write(bytes, to: url, replacing: true)
            } catch {
                throw StoreError.io("could not rewrite the kept version \(url.lastPathComponent): \(error)")
            }
            result.rewritten += 1
        }
        return result
    }

    private func removeBackup(_ url: URL) throws {
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            throw StoreError.io("could not remove the kept version \(url.lastPathComponent): \(error)")
        }
    }
}
