import Foundation
import KnooppuntWords

/// The copies synced folders make when two machines changed a file at once (Syncthing's
/// `x.sync-conflict-…`, Dropbox's and Nextcloud's `x (… conflicted copy …)`, OneDrive's
/// `x-COMPUTER`, Google Drive's `x (1)`). Rather than trust each tool's naming, a copy is any other
/// JSON file in the data directory that holds the same section (the same section id) as a section file.
public enum ConflictCopies {
    public struct Copy: Hashable, Sendable {
        public var slug: String
        public var file: URL
    }

    public static func find(in store: SectionStore) -> [Copy] {
        let folder = store.directory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var owners: [UUID: String] = [:]
        var candidates: [URL] = []
        // Shortest names first: a copy's name is its original's with something added (OneDrive's
        // `x-COMPUTER.json` sorts before `x.json` by letter), so the original is the one that owns the id.
        let ordered = names.sorted { ($0.count, $0) < ($1.count, $1) }
        for name in ordered where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let slug = String(name.dropLast(5))
            let url = folder.appendingPathComponent(name)
            if SectionSlug.isValid(slug), let id = store.sectionID(ofFile: url, slug: slug) ?? sectionID(url)
            {
                if owners[id] == nil {
                    owners[id] = slug
                } else {
                    candidates.append(folder.appendingPathComponent(name))
                }
            } else {
                candidates.append(folder.appendingPathComponent(name))
            }
        }
        return candidates.compactMap { url in
            guard let data = try? Data(contentsOf: url),
                let found = try? SectionFileFormat.decode(data, file: url.lastPathComponent),
                let slug = owners[found.section.id], url.lastPathComponent != slug + ".json"
            else { return nil }
            return Copy(slug: slug, file: url)
        }
    }

    /// A file's section id, without building the section: this runs on every opening and listing, and
    /// most folders hold no copies at all.
    static func sectionID(_ url: URL) -> UUID? {
        struct Envelope: Decodable {
            struct Head: Decodable { var id: UUID }
            var section: Head
        }
        guard let data = try? Data(contentsOf: url) else { return nil }
        return (try? JSONDecoder().decode(Envelope.self, from: data))?.section.id
    }

    /// Merges every copy into its section and moves it out of the data directory; returns what each
    /// merge brought in ("sectie-engels: 2 conflict(s)…"). A copy that cannot be merged stays.
    public static func mergeAll(
        in store: SectionStore, state: MachineState, words: Words = .dutch, at: Date = Date()
    ) -> [String] {
        var report: [String] = []
        for copy in find(in: store) {
            guard let data = try? Data(contentsOf: copy.file),
                let theirs = try? SectionFileFormat.decode(data, file: copy.file.lastPathComponent),
                let ours = try? store.load(copy.slug)
            else { continue }
            let base = state.base(of: copy.slug) ?? Section(id: ours.section.id, name: ours.section.name)
            guard
                let merged = try? SectionMerge.merge(
                    base: base, ours: ours.section, theirs: theirs.section,
                    source: "kopie \(copy.file.lastPathComponent)", at: at),
                let saved = try? store.save(merged.section, slug: copy.slug, expectedRevision: ours.revision)
            else { continue }
            state.remember(saved.section, slug: copy.slug)
            try? FileManager.default.createDirectory(
                at: state.mergedCopies, withIntermediateDirectories: true)
            let target = state.mergedCopies.appendingPathComponent(
                "\(Int(at.timeIntervalSince1970))-" + copy.file.lastPathComponent)
            try? FileManager.default.moveItem(at: copy.file, to: target)
            let summary = SectionChangeSummary.line(
                from: ours.section, to: merged.section, words: words)
            let line = words.copyMerged(slug: copy.slug, file: copy.file.lastPathComponent, summary: summary)
            report.append(
                merged.conflicts.isEmpty
                    ? line : line + words.copyConflictsOpen(count: merged.conflicts.count))
        }
        return report
    }
}
