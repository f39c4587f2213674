import Foundation
import KnooppuntModel
import KnooppuntUI
import KnooppuntWords

/// The executable's side of working together: merge bases remembered on this machine, saves that
/// merge with a newer file instead of refusing it, the file watched for changes from elsewhere, and
/// conflict copies of synced folders merged in.
struct SharedFilePerformer {
    let store: SectionStore
    let state: MachineState
    let watch = DiskWatch()
    /// The interface's language, for the sentences this side says itself.
    let language: Language
    var words: Words { CommandText.words(for: language) }

    init(store: SectionStore, language: Language = .nl) {
        self.store = store
        self.language = language
        state = MachineState(dataDirectory: store.directory)
    }

    /// A save; when someone else saved meanwhile, a merge with their version (base: what this machine
    /// last saw), saved on top of theirs. Tried a few times, since a third writer may come in between.
    func save(_ section: Section, slug: String, expectedRevision: Int, sentence: (Error) -> String) -> [Event]
    {
        var ours = section
        var expected = expectedRevision
        for _ in 0..<3 {
            do {
                let stored = try store.save(ours, slug: slug, expectedRevision: expected)
                state.remember(stored.section, slug: slug)
                watch.saw(store, slug)
                if ours == section { return [.app(.saved(slug: slug, revision: stored.revision))] }
                let summary = SectionChangeSummary.line(from: section, to: ours, words: words)
                let open = ours.conflicts.count - section.conflicts.count
                return [
                    .app(
                        .merged(
                            slug: slug, section: ours, revision: stored.revision, summary: summary,
                            conflicts: max(0, open)))
                ]
            } catch let error as StoreError {
                guard case .conflict = error, let base = state.base(of: slug),
                    let disk = try? store.load(slug),
                    let merged = try? SectionMerge.merge(
                        base: base, ours: ours, theirs: disk.section,
                        source: "bestand op schijf (andere schrijver)")
                else {
                    if case .conflict = error {
                        return [.app(.conflict(slug: slug, message: sentence(error)))]
                    }
                    return [.app(.saveFailed(slug: slug, message: sentence(error)))]
                }
                ours = merged.section
                expected = disk.revision
                state.remember(disk.section, slug: slug)
            } catch {
                return [.app(.saveFailed(slug: slug, message: sentence(error)))]
            }
        }
        return [.app(.conflict(slug: slug, message: words.cliFileKeptChanging))]
    }

    /// The file's revision on disk, when it moved past `revision`.
    func check(_ slug: String, revision: Int) -> [Event] {
        guard watch.changed(store, slug), let disk = try? store.load(slug), disk.revision != revision else {
            return []
        }
        // A synced folder put a colleague's version over our last save: ours is merged back and saved.
        if let recovered = store.recoverLostWrite(slug, loaded: disk) {
            let before = state.base(of: slug) ?? disk.section
            state.remember(recovered.stored.section, slug: slug)
            watch.saw(store, slug)
            return [
                .app(
                    .merged(
                        slug: slug, section: recovered.stored.section, revision: recovered.stored.revision,
                        summary: SectionChangeSummary.line(
                            from: before, to: recovered.stored.section, words: words),
                        conflicts: 0))
            ]
        }
        let before = state.base(of: slug) ?? disk.section
        state.remember(disk.section, slug: slug)
        let summary = SectionChangeSummary.line(from: before, to: disk.section, words: words)
        return [
            .app(.changedOnDisk(slug: slug, section: disk.section, revision: disk.revision, summary: summary))
        ]
    }

    func opened(_ stored: StoredSection) {
        state.remember(stored.section, slug: stored.slug)
        watch.saw(store, stored.slug)
    }

    var isGitShared: Bool { Git(directory: store.directory).isRepository }

    /// `KNOOPPUNT_AUTO_SYNC=0` switches the sync at opening and quitting off on this machine.
    var autoSync: Bool { ProcessInfo.processInfo.environment["KNOOPPUNT_AUTO_SYNC"] != "0" }

    /// One git sync, as one line for the status bar.
    func sync(language: Language) -> Event {
        let words = CommandText.words(for: language)
        do {
            let report = try GitSync(git: Git(directory: store.directory, words: words), store: store).run()
            switch report.outcome {
            case .noRemote: return .app(.synced(line: words.cliSyncedNoRemote, ok: true))
            case .unreachable(let reason):
                return .app(.synced(line: words.cliSyncedUnreachable(reason: reason), ok: false))
            case .synced: return .app(.synced(line: words.syncedIn(report.cameIn), ok: true))
            }
        } catch {
            return .app(.synced(line: "\(error)", ok: false))
        }
    }

    func mergeCopies() -> [Event] {
        let lines = ConflictCopies.mergeAll(in: store, state: state, words: words)
        return lines.isEmpty ? [] : [.app(.copiesMerged(lines))]
    }
}

/// The size and change time each section file had when last seen: a tick looks only at these, and
/// reads the file only when they moved.
final class DiskWatch: @unchecked Sendable {
    // @unchecked: the interface loop is the only caller, on one thread.
    private var seen: [String: String] = [:]

    private func stamp(_ store: SectionStore, _ slug: String) -> String? {
        guard let url = try? store.fileURL(for: slug),
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        else { return nil }
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        return "\(date)/\(size)"
    }

    func saw(_ store: SectionStore, _ slug: String) { seen[slug] = stamp(store, slug) }

    func changed(_ store: SectionStore, _ slug: String) -> Bool {
        let now = stamp(store, slug)
        defer { seen[slug] = now }
        return now != seen[slug]
    }
}
