import Foundation
import KnooppuntModel

/// A screen drawn as a network picture (screens 3 and 4): it works on the section it is handed and
/// says what it did with an event as a `ScreenOutcome`.
public protocol PictureScreen: Hashable, Sendable {
    var isEditingText: Bool { get }
    /// A key outside the name prompt, with the context as the screen draws it (`effective`).
    mutating func handleKey(_ key: Key, section: inout Section, context: ScreenContext) -> ScreenOutcome
    /// An event while the name prompt is open.
    mutating func handlePrompt(_ event: Event, section: inout Section, context: ScreenContext)
        -> ScreenOutcome
    /// The context the drawing uses: a shared screen, sensitive data only when asked for.
    func effective(_ context: ScreenContext) -> ScreenContext
    mutating func click(x: Int, y: Int, area: Rect, section: inout Section, context: ScreenContext)
        -> ScreenOutcome
    func render(_ section: Section, into grid: inout Grid, area: Rect, context: ScreenContext)
    func keyHelp(_ c: ScreenContext) -> [KeyBinding]
    /// The name prompt being typed, if any.
    var prompt: NetworkPrompt? { get }
    /// Sensitive positions shown by name on a shared screen (switched with `!`).
    var revealSensitive: Bool { get set }
}

extension PictureScreen {
    /// An event on the screen: `!`, then the name prompt while it is open, then the screen's own keys.
    public mutating func handle(_ event: Event, section: inout Section, context outer: ScreenContext)
        -> ScreenOutcome
    {
        let context = effective(outer)
        if let outcome = toggleSensitive(event, context: context) { return outcome }
        if prompt != nil { return handlePrompt(event, section: &section, context: context) }
        guard case .key(let key) = event else { return .ignored }
        return handleKey(key, section: &section, context: context)
    }

    /// The keys both picture screens end their help with: zoom and pan, the screen's own `moves`,
    /// sensitive positions, back.
    static func viewKeys(_ c: ScreenContext, moves: [KeyBinding] = []) -> [KeyBinding] {
        [KeyBinding("+ -", "zoom"), KeyBinding("h j k l", c.words.pan)] + moves + [
            KeyBinding("!", c.words.showSensitive),
            KeyBinding("Esc", c.words.back),
        ]
    }

    /// `!` outside a prompt switches sensitive positions on or off, with the same sentence on both
    /// network screens; nil for any other event.
    mutating func toggleSensitive(_ event: Event, context: ScreenContext) -> ScreenOutcome? {
        guard prompt == nil, case .key(.character("!")) = event else { return nil }
        revealSensitive.toggle()
        return .message(context.sensitiveMessage(revealed: revealSensitive))
    }
}

extension NetworksScreen: PictureScreen {}
extension SociogramScreen: PictureScreen {}

/// A feature whose screen is a `PictureScreen` kept at `screen` in the app state: keys, clicks, drawing
/// and bindings come from the screen; a changed section becomes a change like any other (an undo entry
/// and a save).
protocol PictureFeature: ScreenFeature {
    associatedtype Screen: PictureScreen
    static var screen: WritableKeyPath<AppState, Screen> { get }
}

extension PictureFeature {
    /// The first five keys also stand on the status line.
    static func bindings(_ state: AppState) -> [KeyBinding] {
        App.withStatusLine(state[keyPath: screen].keyHelp(state.context), state)
    }

    static func isEditingText(_ state: AppState) -> Bool { state[keyPath: screen].isEditingText }

    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        handleOnScreen(&state, event)
    }

    /// The screen's own handling of an event; a feature that answers some keys with dialogs (which need
    /// the whole app state) passes every other event on through this.
    static func handleOnScreen(_ state: inout AppState, _ event: Event) -> [Effect]? {
        outcome(&state) { screen, section, context in
            screen.handle(event, section: &section, context: context)
        }
    }

    /// A click comes with the area the screen was drawn in, so the screen finds the node under it with
    /// the same placement its drawing used.
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        guard state.naming == .fullNames else {
            // Labels are drawn with initials or pseudonyms: find the node with the same labels. A click
            // only selects, so the renamed copy is never kept.
            guard let open = state.open else { return [] }
            var shown = state.naming.presenting(open.section)
            let result = state[keyPath: screen].click(
                x: x, y: y, area: area, section: &shown, context: state.context)
            if case .message(let text) = result { state.say(text) }
            return []
        }
        return outcome(&state) { screen, section, context in
            screen.click(x: x, y: y, area: area, section: &section, context: context)
        } ?? []
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        state[keyPath: screen].render(state.section, into: &grid, area: area, context: state.context)
    }

    private static func outcome(
        _ state: inout AppState, _ act: (inout Screen, inout Section, ScreenContext) -> ScreenOutcome
    ) -> [Effect]? {
        guard var section = state.open?.section else { return nil }
        let before = section
        let context = state.context
        let result = act(&state[keyPath: screen], &section, context)
        // Compared once, here: while nothing changed both share their storage, so a cursor move costs
        // a few identity checks; the shell takes the answer instead of comparing the section again.
        let changed = section != before
        let effects = App.change(&state) { edited in
            edited = section
            return changed
        }
        switch result {
        case .ignored: return changed ? effects : nil
        case .handled: return effects
        case .message(let text):
            state.say(text)
            return effects
        case .close:
            state.screen = .board
            return effects
        }
    }
}
