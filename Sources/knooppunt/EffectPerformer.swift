import Foundation
import KnooppuntModel
import KnooppuntUI

/// Carries out the interface's effects against the store and says how it went, as events for
/// `App.update`. The terminal loop calls `perform` for each effect, in order, and feeds the events back.
struct EffectPerformer {
    let store: SectionStore
    /// The interface's language, for the sentence that says what a load repaired.
    var language: Language = .nl
    let shared: SharedFilePerformer

    init(store: SectionStore, language: Language = .nl) {
        self.store = store
        self.language = language
        shared = SharedFilePerformer(store: store, language: language)
    }

    func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .quit:
            return []
        case .sync:
            return [shared.sync(language: language)]
        case .watch(let slug, let revision):
            return shared.check(slug, revision: revision)
        case .completePath(let typed):
            return [.app(.pathListed(typed: typed, entries: Self.listFolder(for: typed)))]
        case .previewSurvey(let request):
            return [.app(.surveyPreviewed(SurveyPreviewEffect.perform(request)))]
        case .export(let slug, let section, let request, let language):
            let export = ScreenExport(environment: ProcessInfo.processInfo.environment)
            switch export.perform(slug: slug, section: section, request: request, language: language) {
            case .success(let path): return [.app(.exported(path: path))]
            case .failure(let failure): return [.app(.failed(failure.description))]
            }
        case .listSections:
            // Conflict copies of a synced folder are merged first, so the picker shows each section once.
            let copies = store.directoryIsReadOnly ? [] : shared.mergeCopies()
            return [.app(.sectionsListed(listing()))] + copies
        case .open(let slug), .reload(let slug):
            do {
                let copies = store.directoryIsReadOnly ? [] : shared.mergeCopies()
                // A shared section is brought in step when it opens (unless switched off on this machine).
                let gitShared = shared.isGitShared
                let sync: [Event] =
                    gitShared
                    ? (shared.autoSync ? [shared.sync(language: language)] : []) + [.app(.shared)] : []
                let stored = try store.load(slug)
                shared.opened(stored)
                let opened = Event.app(
                    .opened(slug: stored.slug, section: stored.section, revision: stored.revision))
                let readOnly: [Event] =
                    store.isReadOnly(stored.slug) ? [.app(.readOnly(slug: stored.slug))] : []
                guard let repaired = repairSentence(stored.repairs) else {
                    return [opened] + readOnly + copies + sync
                }
                return [opened, .app(.failed(repaired))] + readOnly + copies + sync
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
                shared.state.forget(slug) { erasure.erased(from: $0, replacingMentions: true) }
                return []
            } catch {
                return [.app(.failed(sentence(error)))]
            }
        case .rememberChosenPerson(let slug, let person):
            shared.state.rememberChosen(person, slug: slug)
            return []
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
            return shared.save(section, slug: slug, expectedRevision: expectedRevision, sentence: sentence)
        }
    }

    private func listing() -> [PickerEntry] {
        store.list().map { entry in
            switch entry {
            case .readable(let summary): return .readable(summary)
            case .unreadable(let slug, let error): return .unreadable(slug: slug, problem: sentence(error))
            }
        }
    }

    /// What a load repaired, as one line for the status bar (after the "opened" line, so it is the one
    /// read): the user learns the section was mended before the next save writes it.
    private func repairSentence(_ repairs: [SectionRepair]) -> String? {
        guard !repairs.isEmpty else { return nil }
        let words = CommandText.words(for: language)
        return words.cliRepairedWhileReading(
            repairs: repairs.map { words.pick(dutch: $0.dutch, english: $0.english) }.joined(separator: "; "))
    }

    /// The store's errors are already one sentence, in the interface's language; anything else gets its
    /// description.
    private func sentence(_ error: Error) -> String {
        if let e = error as? StoreError { return e.text(english: language == .en) }
        return String(describing: error)
    }

    /// A copy of unsaved work outside the data directory: the documents folder (as exports use it),
    /// else the home folder, whichever can be written.
    func saveCopy(slug: String, section: Section) -> Event {
        let environment = ProcessInfo.processInfo.environment
        let home = URL(
            fileURLWithPath: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory())
        var failure = ""
        for folder in [ScreenExport(environment: environment).folder(), home] {
            do {
                let url = try SectionCopy.write(section, slug: slug, into: folder)
                return .app(.copySaved(path: url.path))
            } catch {
                failure = "\(folder.path): \(error.localizedDescription)"
            }
        }
        return .app(.copyFailed(message: CommandText.words(for: language).cliNoCopyWritten(failure: failure)))
    }

    /// The names in the folder a typed path points into, for Tab completion (`PathCompletion` decides
    /// what to do with them); nil when the folder cannot be read.
    static func listFolder(for typed: String) -> [PathEntry]? {
        let home =
            ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let folder = PathCompletion.folderToList(typed, home: home)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        return names.map { name in
            var isFolder: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            // A link to a folder completes like a folder, as in a shell.
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return PathEntry(name: name, isDirectory: isFolder.boolValue)
        }
    }
}
