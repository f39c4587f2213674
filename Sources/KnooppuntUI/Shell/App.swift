import Foundation
import KnooppuntModel

/// Settings fixed at start-up.
public struct AppOptions: Hashable, Sendable {
    public var language: Language
    public var color: Bool
    public var today: Day
    public init(language: Language = .nl, color: Bool = true, today: Day = .today) {
        self.language = language
        self.color = color
        self.today = today
    }
}

/// The section being worked on, with the file revision it was read or last saved at.
public struct OpenSection: Hashable, Sendable {
    public var slug: String
    public var section: Section
    public var revision: Int
}

/// Everything the interface shows and remembers; a value, so undo is keeping earlier values.
public struct AppState: Hashable, Sendable {
    public var options: AppOptions
    public var sections: [SectionSummary]
    /// The picker's lines, including files that do not read.
    public var entries: [PickerEntry]
    public var open: OpenSection?
    public var screen: ScreenKind = .board
    public var picker = PickerState()
    public var board = BoardState()
    public var agenda = AgendaState()
    public var editor: EditorState?
    public var meeting = MeetingState()
    public var mine = MyInitiativesState()
    public var people = PeopleState()
    public var networks = NetworksScreen()
    public var sociogram = SociogramScreen()
    /// The initiative filter, shared by the board and the jaaragenda (`/`; Esc clears it).
    public var filter = ""
    public var dialog: Dialog?
    public var helpVisible = false
    /// The line at the bottom: the last thing that happened, or nil for the main keys.
    public var status: String?
    public var statusIsError = false
    /// Earlier section values (undo) and undone ones (redo). Every change goes through `change`.
    public var undoStack: [Section] = []
    public var redoStack: [Section] = []
    /// A save is on its way; a change made meanwhile is saved when it returns (one writer at a time,
    /// always with the newest revision).
    public var saveInFlight = false
    public var unsavedChange = false
    /// The file changed on disk since we read it: saving stops until the user reloads.
    public var conflict: String?
    public var width = 80
    public var height = 24
    /// Seconds since the epoch of the last tick (meeting timer).
    public var now: Double = 0
    public var listedOnce = false

    public init(options: AppOptions, sections: [SectionSummary]) {
        self.options = options
        self.sections = sections
        self.entries = sections.map { .readable($0) }
    }

    public var context: ScreenContext {
        ScreenContext(
            language: options.language, color: options.color, sharedScreen: screen == .meeting,
            showSensitive: false, today: options.today)
    }

    var theme: Theme { Theme(color: options.color) }
    var guidance: StepGuidance { StepGuidance.forLanguage(options.language) }
    func t(_ nl: String, _ en: String) -> String { options.language == .nl ? nl : en }

    /// The section on screen; an empty one before anything is open (views then draw nothing).
    public var section: Section { open?.section ?? Section(name: "") }

    mutating func say(_ text: String, error: Bool = false) {
        status = text
        statusIsError = error
    }
}

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
            return autosaveTyping(&state)
        case .app(let message):
            return receive(&state, message)
        case .interrupt:
            return interrupt(&state)
        case .paste(let text):
            return paste(&state, text)
        case .mouse(let mouse):
            guard mouse.action == .press || mouse.action == .scrollUp || mouse.action == .scrollDown else {
                return []
            }
            if state.helpVisible { return [] }
            if state.dialog != nil { return clickDialog(&state, mouse) }
            return click(&state, mouse)
        case .key(let key):
            return press(&state, key)
        }
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
        let feature = ScreenRegistry.feature(state.screen)
        let editing = feature.isEditingText(state)
        if let effects = feature.handle(&state, .key(key)) { return effects }
        if editing { return [] }
        return globalKey(&state, key)
    }

    /// Passes an event to a network screen (owned by the networks issue); a changed section is a change
    /// like any other: an undo entry and a save.
    /// Passes an event to screen 3 or 4. A click comes with the area the screen was drawn in, so the
    /// screen can find the node under it with the same placement its drawing used.
    static func networkScreen(
        _ state: inout AppState, event: Event, sociogram: Bool, drawnIn area: Rect? = nil
    ) -> [Effect]? {
        guard var section = state.open?.section else { return nil }
        let before = section
        let outcome: ScreenOutcome
        switch (event, area, sociogram) {
        case (.mouse(let m), let area?, true):
            outcome = state.sociogram.click(
                x: m.x, y: m.y, area: area, section: &section, context: state.context)
        case (.mouse(let m), let area?, false):
            outcome = state.networks.click(
                x: m.x, y: m.y, area: area, section: &section, context: state.context)
        case (_, _, true):
            outcome = state.sociogram.handle(event, section: &section, context: state.context)
        case (_, _, false):
            outcome = state.networks.handle(event, section: &section, context: state.context)
        }
        var effects: [Effect] = []
        if section != before { effects = change(&state, to: section) }
        switch outcome {
        case .ignored: return section != before ? effects : nil
        case .handled: return effects
        case .message(let text):
            state.say(text)
            return effects
        case .close:
            state.screen = .board
            return effects
        }
    }

    static func globalKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch key {
        case .character("q"): return quit(&state)
        case .character("?"), .function(1):
            state.helpVisible = true
            return []
        case .character(let c) where ScreenRegistry.feature(forKey: c) != nil:
            return ScreenRegistry.feature(forKey: c)?.enter(&state) ?? []
        case .character("u"): return undo(&state)
        case .control("r"): return redo(&state)
        case .character("R") where state.conflict != nil:
            state.say(state.t("Opnieuw inlezen…", "Reloading…"))
            return [.reload(slug: state.open!.slug)]
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

    static func quit(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        _ = ScreenRegistry.feature(state.screen).leave(&state, effects: &effects)
        if state.unsavedChange, !state.saveInFlight, state.conflict == nil, let open = state.open {
            effects.append(.save(slug: open.slug, section: open.section, expectedRevision: open.revision))
        }
        return effects + [.quit]
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

    // MARK: changes, undo, saving

    /// Every change to the section goes through here: an undo entry, and a save with the revision held.
    static func change(
        _ state: inout AppState, to section: Section, message: String? = nil, recordUndo: Bool = true
    ) -> [Effect] {
        guard let open = state.open, open.section != section else { return [] }
        if state.conflict != nil {
            state.say(
                state.t(
                    "Niet opgeslagen: bestand elders gewijzigd. R leest opnieuw in.",
                    "Not saved: file changed elsewhere. R reloads."), error: true)
            return []
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

    static func undo(_ state: inout AppState) -> [Effect] {
        guard state.conflict == nil else { return change(&state, to: state.section) }
        return travel(
            &state, from: \.undoStack, to: \.redoStack, done: state.t("Ongedaan gemaakt.", "Undone."),
            nothing: state.t("Niets om ongedaan te maken.", "Nothing to undo."))
    }

    static func redo(_ state: inout AppState) -> [Effect] {
        guard state.conflict == nil else { return [] }
        return travel(
            &state, from: \.redoStack, to: \.undoStack, done: state.t("Opnieuw gedaan.", "Redone."),
            nothing: state.t("Niets om opnieuw te doen.", "Nothing to redo."))
    }

    /// Undo and redo alike: take the section from one stack, keep the current one on the other, keep
    /// the board's selection on the same card, and save.
    private static func travel(
        _ state: inout AppState, from source: WritableKeyPath<AppState, [Section]>,
        to sink: WritableKeyPath<AppState, [Section]>, done: String, nothing: String
    ) -> [Effect] {
        guard let target = state[keyPath: source].popLast(), let current = state.open?.section else {
            state.say(nothing)
            return []
        }
        let followed = state.screen == .board ? selectedInitiative(state)?.id : nil
        state[keyPath: sink].append(current)
        state.open!.section = target
        state.say(done)
        followSelectedCard(&state, followed)
        clampSelections(&state)
        return save(&state)
    }

    /// Undoing a move on the board puts the card back in its old column: the selection goes with it,
    /// so that the next > or < acts on the same card rather than on an empty column.
    static func followSelectedCard(_ state: inout AppState, _ id: UUID?) {
        guard let id, let initiative = state.section.initiative(id) else { return }
        followToColumn(&state, stage: initiative.stage, initiative: id)
    }

    /// After undo, redo or reload, selections may point past the end of a list.
    static func clampSelections(_ state: inout AppState) {
        for feature in ScreenRegistry.features { feature.reconcile(&state) }
    }

    // MARK: messages from effects

    static func receive(_ state: inout AppState, _ message: AppMessage) -> [Effect] {
        switch message {
        case .none:
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
            state.open = OpenSection(slug: slug, section: section, revision: revision)
            state.saveInFlight = false
            state.unsavedChange = false
            if !sameSection || state.conflict != nil {
                state.undoStack = []
                state.redoStack = []
            }
            if state.conflict != nil {
                state.conflict = nil
                state.say(state.t("Opnieuw ingelezen van schijf.", "Reloaded from disk."))
            } else if !sameSection {
                state.screen = .board
                state.board = BoardState()
                state.agenda = AgendaState()
                state.say(state.t("Geopend: \(section.name)", "Opened: \(section.name)"))
            }
            clampSelections(&state)
            return []
        case .openFailed(_, let text), .failed(let text):
            state.say(text, error: true)
            return []
        case .renamed(let oldSlug, let slug, let section, let revision):
            state.picker.lastSlug = slug
            if state.open?.slug == oldSlug {
                state.open = OpenSection(slug: slug, section: section, revision: revision)
            }
            state.say(state.t("Hernoemd tot \(section.name).", "Renamed to \(section.name)."))
            return [.listSections]
        case .saved(let slug, let revision):
            guard state.open?.slug == slug else { return [] }
            state.open!.revision = revision
            state.saveInFlight = false
            if state.unsavedChange { return save(&state) }
            return []
        case .saveFailed(let slug, let text):
            guard state.open?.slug == slug else { return [] }
            state.saveInFlight = false
            state.unsavedChange = true
            state.say(state.t("Niet opgeslagen: \(text)", "Not saved: \(text)"), error: true)
            return []
        case .conflict(let slug, let text):
            guard state.open?.slug == slug else { return [] }
            state.saveInFlight = false
            state.unsavedChange = false
            state.conflict = text
            state.say(
                state.t(
                    "Bestand elders gewijzigd, niets overschreven: R leest opnieuw in (je laatste wijziging vervalt).",
                    "File changed elsewhere, nothing overwritten: R reloads (your last change is dropped)."),
                error: true)
            return []
        }
    }
}

extension App {
    /// A typed date for a prompt: empty is no date; otherwise day first as in Dutch or ISO.
    static func typedDate(_ state: AppState, _ trimmed: String) -> Checked<Day?> {
        if trimmed.isEmpty { return .success(nil) }
        if let d = Day(typed: trimmed) { return .success(d) }
        return .failure(
            state.t(
                "Geen geldige datum: schrijf DD-MM-JJJJ of JJJJ-MM-DD, bijvoorbeeld 15-03-2027.",
                "Not a valid date: write DD-MM-YYYY or YYYY-MM-DD, for example 15-03-2027."))
    }
}
