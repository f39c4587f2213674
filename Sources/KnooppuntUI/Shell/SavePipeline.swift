import Foundation
import KnooppuntModel

/// The save pipeline: every change to the section becomes an undo entry and one save at a time with
/// the revision held; the answers of the store (saved, failed, conflict, opened) come back here.
extension App {
    /// Every change to the section goes through here: an undo entry, and a save with the revision held.
    /// A section equal to the open one changes nothing (compared whole: a caller that knows whether
    /// it changed something says so with `change(_:message:recordUndo:edit:)` instead).
    static func change(
        _ state: inout AppState, to section: Section, message: String? = nil, recordUndo: Bool = true
    ) -> [Effect] {
        guard let open = state.open, open.section != section else { return [] }
        return commit(&state, section, message: message, recordUndo: recordUndo)
    }

    /// A change made by `edit` on the open section, which answers whether it changed anything: the
    /// part it edits is all it looks at, so the whole section is never compared. Nothing happens
    /// (no undo entry, no save, no message) when it answers false.
    static func change(
        _ state: inout AppState, message: String? = nil, recordUndo: Bool = true,
        edit: (inout Section) -> Bool
    ) -> [Effect] {
        guard var section = state.open?.section, edit(&section) else { return [] }
        return commit(&state, section, message: message, recordUndo: recordUndo)
    }

    /// Records `section` as the open section's new content: refused when read-only or in conflict,
    /// otherwise an undo entry (unless `recordUndo` is false) and a save.
    private static func commit(
        _ state: inout AppState, _ section: Section, message: String?, recordUndo: Bool
    )
        -> [Effect]
    {
        guard let open = state.open else { return [] }
        if state.readOnly {
            return state.refuse(state.words.readOnlyThisSectionCannotBe)
        }
        if state.conflict != nil {
            return state.refuse(state.words.notSavedFileChangedElsewhereReloads(value: reloadKey(state)))
        }
        if recordUndo {
            state.undoStack.append(open.section)
            if state.undoStack.count > undoLimit {
                state.undoStack.removeFirst(state.undoStack.count - undoLimit)
            }
        }
        state.redoStack = []
        state.open!.section = section
        if let message { state.say(message) }
        return save(&state)
    }

    static func save(_ state: inout AppState) -> [Effect] {
        guard let open = state.open else { return [] }
        if state.saveInFlight {
            state.unsavedChange = true
            return []
        }
        state.saveInFlight = true
        state.unsavedChange = false
        return [.save(slug: open.slug, section: open.section, expectedRevision: open.revision)]
    }

    static func receive(_ state: inout AppState, _ message: AppMessage) -> [Effect] {
        switch message {
        case .none:
            return []
        case .surveyPreviewed(let result):
            SurveyImportFeature.received(&state, result)
            return []
        case .pathListed(let typed, let entries):
            App.completePath(&state, typed: typed, entries: entries)
            return []
        case .sectionsListed(let entries):
            state.entries = entries
            state.sections = entries.compactMap {
                if case .readable(let s) = $0 { return s } else { return nil }
            }
            state.picker.index = min(state.picker.index, max(0, entries.count - 1))
            if let slug = state.open?.slug ?? state.picker.lastSlug,
                let i = entries.firstIndex(where: { $0.slug == slug })
            {
                state.picker.index = i
            }
            let first = !state.listedOnce
            state.listedOnce = true
            if first, state.open == nil, entries.count == 1, case .readable(let only) = entries[0] {
                return [.open(slug: only.slug)]
            }
            return []
        case .opened(let slug, let section, let revision):
            let sameSection = state.open?.slug == slug
            state.readOnly = false
            state.open = OpenSection(slug: slug, section: section, revision: revision)
            state.saveInFlight = false
            state.unsavedChange = false
            if !sameSection || state.conflict != nil {
                state.undoStack = []
                state.redoStack = []
            }
            if state.conflict != nil {
                state.conflict = nil
                state.say(state.words.reloadedFromDisk)
            } else if !sameSection {
                // The sociogram's layout and figures start in the background now, so screen 4 opens
                // on a finished picture instead of computing it on the key.
                SociogramMemo.prepare(section)
                state.screen = .board
                state.board = BoardState()
                state.agenda = AgendaState()
                selectChosenPerson(&state)
                state.say(state.words.opened(name: section.name))
            }
            clampSelections(&state)
            // `s` in the picker opened it to set its school and school year.
            if state.picker.settingsFor == slug {
                state.picker.settingsFor = nil
                return PickerFeature.askSchool(&state, slug: slug)
            }
            return []
        case .changedOnDisk(let slug, let section, let revision, let summary):
            return changedOnDisk(&state, slug: slug, section: section, revision: revision, summary: summary)
        case .merged(let slug, let section, let revision, let summary, let conflicts):
            return merged(
                &state, slug: slug, section: section, revision: revision, summary: summary,
                conflicts: conflicts)
        case .copiesMerged(let lines):
            if let first = lines.first {
                state.say(
                    state.words.copyFromASharedFolderMerged
                        + first)
            }
            return []
        case .shared:
            state.shared = true
            return []
        case .synced(let line, let ok):
            state.say(line, error: !ok)
            return []
        case .readOnly(let slug):
            guard state.open?.slug == slug else { return [] }
            state.readOnly = true
            state.say(state.words.readOnlyTheFileOrFolder)
            return []
        case .copySaved(let path):
            return QuitGuard.copySaved(&state, path: path)
        case .copyFailed(let text):
            return QuitGuard.saveDidNotHappen(&state, because: text)
        case .exported(let path):
            state.say(state.words.exportedTo(path: path))
            return []
        case .openFailed(_, let text), .failed(let text):
            return state.refuse(text)
        case .renamed(let oldSlug, let slug, let section, let revision):
            state.picker.lastSlug = slug
            if state.open?.slug == oldSlug {
                state.open = OpenSection(slug: slug, section: section, revision: revision)
            }
            state.say(state.words.renamedTo(name: section.name))
            return [.listSections]
        case .saved(let slug, let revision):
            guard state.open?.slug == slug else { return [] }
            state.open!.revision = revision
            state.saveInFlight = false
            state.saveRetryAt = nil
            if state.unsavedChange { return save(&state) }
            return state.quitting ? [.quit] : []
        case .saveFailed(let slug, let text):
            guard state.open?.slug == slug else { return [] }
            state.saveInFlight = false
            state.unsavedChange = true
            state.say(state.words.notSavedShell(text: text), error: true)
            state.saveRetryAt = state.now + QuitGuard.retrySeconds
            return QuitGuard.saveDidNotHappen(&state, because: text)
        case .conflict(let slug, let text):
            guard state.open?.slug == slug else { return [] }
            state.saveInFlight = false
            state.unsavedChange = false
            state.conflict = text
            state.say(
                state.words.fileChangedElsewhereNothingOverwrittenReloads(value: reloadKey(state)),
                error: true)
            return QuitGuard.saveDidNotHappen(&state, because: text)
        }
    }
}
