import Foundation
import KnooppuntModel

/// The Elm-style core: pure functions from state and event to state, effects and a grid.
public enum App {
    public static let minimumWidth = 60
    public static let minimumHeight = 18
    static let undoLimit = 200

    /// Effects to carry out right after start: list the sections (one section then opens directly).
    public static func start(_ state: inout AppState) -> [Effect] {
        [.listSections]
    }

    public static func update(_ state: inout AppState, _ event: Event) -> [Effect] {
        switch event {
        case .resize(let w, let h):
            state.width = max(0, w)
            state.height = max(0, h)
            return []
        case .tick(let seconds):
            state.now = seconds
            // A session that runs past midnight counts days from the new day (days in step, overdue tasks).
            let day = Day(Date(timeIntervalSince1970: seconds))
            if day > state.options.today { state.options.today = day }
            return autosaveTyping(&state) + QuitGuard.retryFailedSave(&state) + watch(state)
                + SociogramFeature.takeFinishedWork(&state)
        case .app(let message):
            return receive(&state, message)
        case .interrupt:
            return interrupt(&state)
        case .suspend:
            // The text stays open for typing after `fg`; only its current state goes to disk.
            var effects = autosaveTyping(&state)
            if effects.isEmpty, state.unsavedChange, !state.saveInFlight, state.conflict == nil {
                effects = save(&state)
            }
            return effects
        case .paste(let text):
            return acted(&state, paste(&state, text))
        case .mouse(let mouse):
            guard mouse.action == .press || mouse.action == .scrollUp || mouse.action == .scrollDown else {
                return []
            }
            if state.helpVisible { return [] }
            if state.dialog != nil { return acted(&state, clickDialog(&state, mouse)) }
            return acted(&state, click(&state, mouse))
        case .key(let key):
            return acted(&state, press(&state, key))
        }
    }

    /// After a key, click or paste: a move waiting for its record goes on, and the current screen
    /// keeps its selection by id.
    static func acted(_ state: inout AppState, _ effects: [Effect]) -> [Effect] {
        let more = continuePendingMove(&state)
        if state.open != nil { ScreenRegistry.feature(state.screen).anchor(&state) }
        return effects + more
    }

    // MARK: keys

    static func press(_ state: inout AppState, _ key: Key) -> [Effect] {
        // A message lives until the next key; a conflict keeps being told (see renderStatus).
        state.status = nil
        state.statusIsError = false
        if state.width < minimumWidth || state.height < minimumHeight {
            // Nothing is visible to act on: only q (quit, everything is saved) works until it grows.
            return key == .character("q") ? quit(&state) : []
        }
        if state.dialog != nil {
            return dialogKey(&state, key)
        }
        if state.helpVisible {
            if key == .escape || key == .character("?") || key == .character("q") || key == .enter {
                state.helpVisible = false
            }
            return []
        }
        guard state.open != nil else { return PickerFeature.handle(&state, .key(key)) ?? [] }
        if let minutes = state.meeting.offeredMinutes {
            state.meeting.offeredMinutes = nil
            if key == .character("E") || key == .control("e") {
                return exportRequested(&state, .minutes(meeting: minutes))
            }
        }
        let feature = ScreenRegistry.feature(state.screen)
        let editing = feature.isEditingText(state)
        if let effects = feature.handle(&state, .key(key)) { return effects }
        if editing { return [] }
        return globalKey(&state, key)
    }

    static func globalKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch key {
        case .character("q"): return quit(&state)
        case .character("?"), .function(1):
            state.helpVisible = true
            return []
        case .character(let c) where ScreenRegistry.feature(forKey: c) != nil:
            return ScreenRegistry.feature(forKey: c)?.enter(&state) ?? []
        case .function(5) where state.shared:
            state.say(state.words.sharingWithColleagues)
            return [.sync]
        case .character("C"):
            return ConflictsFeature.enter(&state)
        case .control("p"):
            state.naming = state.naming.next
            state.say(namingMessage(state))
        case .character("E"), .control("e"): return exportScreen(&state)
        case .character("u"): return undo(&state)
        case .control("r"): return redo(&state)
        case .character(let c) where c == reloadKey(state) && state.conflict != nil:
            state.say(state.words.reloading)
            return [.reload(slug: state.open!.slug)]
        case .character("S") where state.hasUnsavedWork:
            state.say(state.words.notEverythingIsSavedYetQ, error: true)
        case .character("S"):
            // Back to the section picker (the open section is already saved).
            state.picker.lastSlug = state.open?.slug
            state.open = nil
            state.undoStack = []
            state.redoStack = []
            state.conflict = nil
            return [.listSections]
        case .escape:
            if state.screen != .board { return switchTo(&state, .board) }
        case .tab:
            return cycleScreen(&state, forward: true)
        case .backTab:
            return cycleScreen(&state, forward: false)
        default:
            break
        }
        return []
    }

    /// Tab and ⇧Tab go round the screens in the order of their tabs.
    static func cycleScreen(_ state: inout AppState, forward: Bool) -> [Effect] {
        let order = ScreenRegistry.tabbed
        let i = order.firstIndex { $0.kind == state.screen } ?? 0
        return order[(i + (forward ? 1 : order.count - 1)) % order.count].enter(&state)
    }

    /// Leaves the current screen; typing in the editor is finished (and saved) first. A refused text
    /// keeps the editor open with the reason, so nothing typed is dropped.
    @discardableResult
    static func switchTo(_ state: inout AppState, _ screen: ScreenKind) -> [Effect] {
        var effects: [Effect] = []
        guard ScreenRegistry.feature(state.screen).leave(&state, effects: &effects) else { return effects }
        state.screen = screen
        state.status = nil
        return effects
    }

    /// Quits when everything is on disk; otherwise saves first and quits when that succeeds, or asks
    /// what to do with the changes (QuitGuard). Never quits quietly without them.
    static func quit(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        _ = ScreenRegistry.feature(state.screen).leave(&state, effects: &effects)
        return effects + QuitGuard.quit(&state, saving: effects.contains { $0.isSave })
    }

    /// SIGINT, SIGTERM, SIGHUP: keep what is being typed, save, quit.
    static func interrupt(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        // A note or text being typed in a dialog is kept, as in the editor; questions are not answered.
        if case .prompt(let p) = state.dialog,
            !p.buffer.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        {
            if p.purpose.keptOnInterrupt {
                state.dialog = nil
                effects += ScreenRegistry.feature(p.purpose.owner).answer(&state, p, p.buffer.text)
            }
        }
        state.dialog = nil
        _ = ScreenRegistry.feature(state.screen).leave(&state, effects: &effects)
        if state.unsavedChange, state.conflict == nil, let open = state.open,
            !effects.contains(where: { if case .save = $0 { return true } else { return false } })
        {
            effects.append(.save(slug: open.slug, section: open.section, expectedRevision: open.revision))
        }
        return effects + [.quit]
    }

    static func paste(_ state: inout AppState, _ text: String) -> [Effect] {
        if case .prompt(var prompt) = state.dialog {
            prompt.buffer.insert(text)
            state.dialog = .prompt(prompt)
            return []
        }
        guard state.open != nil else { return [] }
        return ScreenRegistry.feature(state.screen).handle(&state, .paste(text)) ?? []
    }
}

extension App {
    /// A typed date for a prompt: empty is no date; otherwise day first as in Dutch or ISO.
    static func typedDate(_ state: AppState, _ trimmed: String) -> Checked<Day?> {
        if trimmed.isEmpty { return .success(nil) }
        if let d = Day(typed: trimmed) { return .success(d) }
        return .failure(state.words.notAValidDateWriteDD)
    }

    /// What Ctrl-P switched to, in one sentence.
    static func namingMessage(_ state: AppState) -> String {
        switch state.naming {
        case .fullNames: return state.words.fullNames
        case .initials:
            return state.words.initialsInsteadOfNamesCtrlP
        case .pseudonyms:
            return state.words.pseudonymsInsteadOfNamesCtrlP
        }
    }

}
