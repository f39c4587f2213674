import Foundation
import KnooppuntModel

extension ScreenKind {
    static let quitGuard = ScreenKind("quit-guard")
}

/// What happens to changes that are not on disk when the user quits: they are saved first; when that
/// fails (a full disk, a read-only folder, a colleague's save), the user chooses between trying again,
/// a copy elsewhere, and quitting without them, said in those words. Quitting without them ends the
/// program with a non-zero status, so a script or a supervisor sees that work was dropped.
enum QuitGuard: ScreenFeature {
    static let kind = ScreenKind.quitGuard
    /// Seconds before a failed save is tried again on its own (the disk may have room by then).
    static let retrySeconds = 5.0

    enum Question: DialogReply {
        case unsavedWork
        static var owner: ScreenKind { .quitGuard }
    }

    enum Option: String {
        case retry, copy, drop
    }

    static func title(_ state: AppState) -> String { state.words.notSaved }
    static func bindings(_ state: AppState) -> [KeyBinding] { [] }
    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {}

    /// `q` with everything on disk quits; otherwise a save is started (or awaited) and the quit follows
    /// its success.
    static func quit(_ state: inout AppState, saving: Bool) -> [Effect] {
        guard state.hasUnsavedWork, let open = state.open else {
            return (state.shared ? [.sync] : []) + [.quit]
        }
        state.quitting = true
        if saving || state.saveInFlight { return [] }
        if state.conflict != nil {
            ask(&state, because: state.conflict ?? "")
            return []
        }
        state.saveInFlight = true
        state.unsavedChange = false
        return [.save(slug: open.slug, section: open.section, expectedRevision: open.revision)]
    }

    /// A save (or the copy) did not happen: while quitting, ask what to do.
    static func saveDidNotHappen(_ state: inout AppState, because reason: String) -> [Effect] {
        guard state.quitting else { return [] }
        state.quitting = false
        ask(&state, because: reason)
        return []
    }

    static func copySaved(_ state: inout AppState, path: String) -> [Effect] {
        state.say(state.words.copySaved(path: path))
        // The work is safe in the copy; the section's own file still lacks it, which the user now knows.
        return [.quit]
    }

    /// A failed save is tried again on a clock tick once `retrySeconds` have passed.
    static func retryFailedSave(_ state: inout AppState) -> [Effect] {
        guard let at = state.saveRetryAt, state.now >= at, state.unsavedChange, !state.saveInFlight,
            state.conflict == nil, state.dialog == nil
        else { return [] }
        state.saveRetryAt = state.now + retrySeconds
        return App.save(&state)
    }

    static func ask(_ state: inout AppState, because reason: String) {
        App.choose(
            &state, Question.unsavedWork,
            title: state.words.notEverythingIsSaved + reason,
            options: [
                ChoiceOption(
                    label: state.conflict == nil
                        ? state.words.stayAndKeepTryingToSave
                        : state.words.stayReloadsTheFile(value: App.reloadKey(state)),
                    value: .text(Option.retry.rawValue)),
                ChoiceOption(
                    label: state.words.saveACopyElsewhereThenQuit,
                    value: .text(Option.copy.rawValue)),
                ChoiceOption(
                    label: state.words.quitAndLoseTheChanges,
                    value: .text(Option.drop.rawValue)),
            ])
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        guard let option = choice.value.text(as: Option.self), let open = state.open
        else { return [] }
        switch option {
        case .retry:
            guard state.conflict == nil else { return [] }
            state.quitting = true
            if state.saveInFlight { return [] }
            state.saveInFlight = true
            state.unsavedChange = false
            return [.save(slug: open.slug, section: open.section, expectedRevision: open.revision)]
        case .copy:
            state.quitting = true
            return [.saveCopy(slug: open.slug, section: open.section)]
        case .drop:
            state.droppedWork = true
            return [.quit]
        }
    }
}

extension Effect {
    var isSave: Bool {
        if case .save = self { return true }
        return false
    }
}
