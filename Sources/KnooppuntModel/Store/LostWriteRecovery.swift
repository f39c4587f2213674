import Foundation

/// A save of this machine that a synced folder replaced with a colleague's version, merged back.
public struct LostWriteRecovery: Sendable {
    public var stored: StoredSection
    /// The section as it was on disk before the recovery (the colleague's version).
    public var found: Section
}

extension SectionStore {
    /// When the file of `slug` no longer holds this machine's last save and the version that replaced it
    /// never saw that save, merges our save back in (base: the version ours was written on) and saves.
    ///
    /// "Never saw it" is told by the revision: a colleague who read our save writes a higher revision
    /// than ours; a version that grew beside ours does not. Only a merge without conflicts is saved: where
    /// both changed the same field, the colleague's version stays, as it would after they had read ours.
    /// Returns nil when there is nothing to recover (the usual case: our save is still the file).
    /// - Parameter loaded: the file as the caller just loaded it, so it is not read twice.
    public func recoverLostWrite(_ slug: String, loaded: StoredSection? = nil, at: Date = Date())
        -> LostWriteRecovery?
    {
        guard SectionSlug.isValid(slug), !directoryIsReadOnly, let url = try? fileURL(for: slug),
            !record.isOurs(url, slug: slug),
            let writtenURL = record.written(slug), let baseURL = record.base(slug),
            let written = try? SectionFileFormat.decode(
                DurableFile.read(writtenURL, limit: Self.maximumFileSize), file: writtenURL.path),
            let base = try? SectionFileFormat.decode(
                DurableFile.read(baseURL, limit: Self.maximumFileSize), file: baseURL.path),
            let disk = loaded ?? (try? load(slug)),
            disk.revision <= written.revision, disk.section.withoutPrivate != written.section,
            disk.section.id == written.section.id
        else { return nil }
        // The record holds the shared file only; this machine's private parts are the loaded ones.
        let ours = written.section.withPrivate(disk.section.splitPrivate().1)
        guard
            let merged = try? SectionMerge.merge(
                base: base.section, ours: ours, theirs: disk.section,
                source: "eigen opslag, vervangen door de gedeelde map", at: at),
            merged.conflicts.isEmpty, merged.section != disk.section,
            let stored = try? save(merged.section, slug: slug, expectedRevision: disk.revision)
        else {
            // Nothing to bring back, or not without a conflict: the colleague's version stands, and
            // this record no longer describes the file.
            record.forget(slug)
            return nil
        }
        return LostWriteRecovery(stored: stored, found: disk.section)
    }
}
