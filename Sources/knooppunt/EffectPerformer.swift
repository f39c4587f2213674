import Foundation
import KnooppuntModel
import KnooppuntUI

/// Carries out the interface's effects against the store and says how it went, as events for
/// `App.update`. The terminal loop calls `perform` for each effect, in order, and feeds the events back.
struct EffectPerformer {
    let store: SectionStore

    func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .quit:
            return []
        case .export(let slug, let section, let request, let language):
            let export = ScreenExport(environment: ProcessInfo.processInfo.environment)
            switch export.perform(slug: slug, section: section, request: request, language: language) {
            case .success(let path): return [.app(.exported(path: path))]
            case .failure(let failure): return [.app(.failed(failure.description))]
            }
        case .listSections:
            return [.app(.sectionsListed(listing()))]
        case .open(let slug), .reload(let slug):
            do {
                let stored = try store.load(slug)
                return [.app(.opened(slug: stored.slug, section: stored.section, revision: stored.revision))]
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

    /// The store's errors are already one sentence; anything else gets its description.
    private func sentence(_ error: Error) -> String {
        if let e = error as? StoreError { return e.description }
        return String(describing: error)
    }
}
