import Foundation
import KnooppuntModel
import KnooppuntUI

/// Carries out the interface's effects against the store and says how it went, as events for
/// `App.update`. The terminal loop calls `perform` for each effect, in order, and feeds the events back.
struct EffectPerformer {
    let store: SectionStore
    /// The interface's language, for the sentence that says what a load repaired.
    var language: Language = .nl

    func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .quit:
            return []
        case .listSections:
            return [.app(.sectionsListed(listing()))]
        case .open(let slug), .reload(let slug):
            do {
                let stored = try store.load(slug)
                let opened = Event.app(
                    .opened(slug: stored.slug, section: stored.section, revision: stored.revision))
                let readOnly: [Event] =
                    store.isReadOnly(stored.slug) ? [.app(.readOnly(slug: stored.slug))] : []
                guard let repaired = repairSentence(stored.repairs) else { return [opened] + readOnly }
                return [opened, .app(.failed(repaired))] + readOnly
            } catch {
                return [.app(.openFailed(slug: slug, message: sentence(error)))]
            }
        case .create(let name):
            do {
                let stored = try store.create(Section(name: name))
                return [
                    .app(.opened(slug: stored.slug, section: stored.section, revision: stored.revision)),
                    .app(.sectionsListed(listing())),
                ]
            } catch {
                return [.app(.failed(sentence(error)))]
            }
        case .rename(let slug, let newName, let expectedRevision):
            do {
                // A section that is not open is renamed as it is on disk now.
                let revision = expectedRevision >= 0 ? expectedRevision : try store.load(slug).revision
                let stored = try store.rename(slug, to: newName, expectedRevision: revision)
                return [
                    .app(
                        .renamed(
                            oldSlug: slug, slug: stored.slug, section: stored.section,
                            revision: stored.revision))
                ]
            } catch let error as StoreError {
                if case .conflict(let s, _, _) = error {
                    return [.app(.conflict(slug: s, message: sentence(error)))]
                }
                return [.app(.failed(sentence(error)))]
            } catch {
                return [.app(.failed(sentence(error)))]
            }
        case .forgetInBackups(let slug, let person, let people):
            let erasure = PersonErasure(person: person, among: people)
            do {
                _ = try store.scrubBackups(of: slug) { erasure.erased(from: $0, replacingMentions: true) }
                return []
            } catch {
                return [.app(.failed(sentence(error)))]
            }
        case .saveResponses(let ledger):
            do {
                try ResponseLedgerFile(environment: ProcessInfo.processInfo.environment).save(ledger)
                return []
            } catch {
                return [.app(.failed(sentence(error)))]
            }
        case .saveCopy(let slug, let section):
            return [saveCopy(slug: slug, section: section)]
        case .save(let slug, let section, let expectedRevision):
            do {
                let stored = try store.save(section, slug: slug, expectedRevision: expectedRevision)
                return [.app(.saved(slug: slug, revision: stored.revision))]
            } catch let error as StoreError {
                if case .conflict = error { return [.app(.conflict(slug: slug, message: sentence(error)))] }
                return [.app(.saveFailed(slug: slug, message: sentence(error)))]
            } catch {
                return [.app(.saveFailed(slug: slug, message: sentence(error)))]
            }
        }
    }

    private func listing() -> [PickerEntry] {
        store.list().map { entry in
            switch entry {
            case .readable(let summary): return .readable(summary)
            case .unreadable(let slug, let error): return .unreadable(slug: slug, message: sentence(error))
            }
        }
    }

    /// What a load repaired, as one line for the status bar (after the "opened" line, so it is the one
    /// read): the user learns the section was mended before the next save writes it.
    private func repairSentence(_ repairs: [SectionRepair]) -> String? {
        guard !repairs.isEmpty else { return nil }
        switch language {
        case .nl:
            return "Hersteld bij het inlezen: " + repairs.map(\.dutch).joined(separator: "; ")
                + " (het bestand verandert pas bij opslaan)."
        case .en:
            return "Repaired while reading: " + repairs.map(\.english).joined(separator: "; ")
                + " (the file changes only when it is saved)."
        }
    }

    /// The store's errors are already one sentence; anything else gets its description.
    private func sentence(_ error: Error) -> String {
        if let e = error as? StoreError { return e.description }
        return String(describing: error)
    }

    /// A copy of unsaved work outside the data directory: the documents folder (as exports use it),
    /// else the home folder, whichever can be written.
    func saveCopy(slug: String, section: Section) -> Event {
        let environment = ProcessInfo.processInfo.environment
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
        let documents =
            environment["XDG_DOCUMENTS_DIR"].map { URL(fileURLWithPath: $0) }
            ?? home.appendingPathComponent("Documents")
        var failure = ""
        for folder in [documents.appendingPathComponent("knooppunt"), home] {
            do {
                let url = try SectionCopy.write(section, slug: slug, into: folder)
                return .app(.copySaved(path: url.path))
            } catch {
                failure = "\(folder.path): \(error.localizedDescription)"
            }
        }
        return .app(.copyFailed(message: "no copy could be written (\(failure))"))
    }

}
