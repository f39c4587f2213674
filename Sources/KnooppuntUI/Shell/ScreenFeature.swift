import Foundation
import KnooppuntModel
import KnooppuntWords

/// One screen of an open section, in the spirit of a Bubble Tea model or a TCA feature: everything the
/// shell needs to know about it, so that adding a screen is one folder under Features plus one line in
/// `ScreenRegistry.features`. A feature keeps its own state in one property of `AppState` (its struct
/// lives in its folder), works on the section through `App.change` (which keeps undo and saving in the
/// shell) and answers its own dialogs.
///
/// The requirements are static functions over the whole `AppState` rather than methods on the feature's
/// state: the shell's undo history, save pipeline and dialog host are shared, and passing them in
/// separately to every call would make each feature carry the same four parameters (see DECISIONS.md).
protocol ScreenFeature: Sendable {
    /// The screen's identity; declared in the feature's folder as a `ScreenKind` constant.
    static var kind: ScreenKind { get }
    /// Its tab on the top row (nil: reached from another screen only, such as the initiative editor).
    static var tab: ScreenTab? { get }
    /// The screen's name in the help overlay; by default its tab's long label.
    static func title(_ state: AppState) -> String
    /// Every key of the screen: what the help overlay lists and what the status line shows.
    static func bindings(_ state: AppState) -> [KeyBinding]
    /// True while text is being typed: global keys then reach the text field instead.
    static func isEditingText(_ state: AppState) -> Bool
    /// A key or a paste; nil leaves the event to the shell's global keys. By default keys go to
    /// `handleKey` and pastes are ignored.
    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]?
    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]?
    /// A click at (x, y) in the content area the screen was last drawn in.
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect]
    static func render(_ state: AppState, into grid: inout Grid, area: Rect)
    /// True when the board's and the jaaragenda's shared initiative filter applies to this screen.
    static var usesFilter: Bool { get }
    /// What choosing the screen's tab does; most screens simply become current.
    static func enter(_ state: inout AppState) -> [Effect]
    /// The tab that is lit while this screen is current (the editor lights the screen it came from).
    static func litTab(_ state: AppState) -> ScreenKind
    /// After undo, redo, reload or a merge: selections that point at something gone are put right.
    static func reconcile(_ state: inout AppState)
    /// After the user acted on the screen: its selection is also kept by what it points at (an id),
    /// so that `reconcile` finds the same thing again after undo, a reload or a merge.
    static func anchor(_ state: inout AppState)
    /// The answers to the screen's own dialogs (prompts, choice lists and confirmations it opened).
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect]
    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect]
    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect]
    /// Leaving the screen: text being typed is finished (and saved) first; false keeps the screen open
    /// because the text was refused (the reason is on screen).
    static func leave(_ state: inout AppState, effects: inout [Effect]) -> Bool
    /// What `E` exports from this screen; nil when the screen has nothing to export.
    static func exportRequest(_ state: AppState) -> ExportRequest?
    /// The key that reads the section again after a conflict: `R`, unless the screen gives `R` a
    /// meaning of its own (screen 3 puts relation letters on ties with capitals).
    static var reloadKey: Character { get }
}

extension ScreenFeature {
    static var tab: ScreenTab? { nil }
    static func title(_ state: AppState) -> String { tab.map { state.words[keyPath: $0.long] } ?? kind.id }
    static var usesFilter: Bool { false }
    static func isEditingText(_ state: AppState) -> Bool { false }
    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        guard case .key(let key) = event else { return nil }
        return handleKey(&state, key)
    }
    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? { nil }
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] { [] }
    static func enter(_ state: inout AppState) -> [Effect] { App.switchTo(&state, kind) }
    static func litTab(_ state: AppState) -> ScreenKind { kind }
    static func reconcile(_ state: inout AppState) {}
    static func anchor(_ state: inout AppState) {}
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] { [] }
    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] { [] }
    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] { [] }
    static func leave(_ state: inout AppState, effects: inout [Effect]) -> Bool { true }
    static func exportRequest(_ state: AppState) -> ExportRequest? { nil }
    static var reloadKey: Character { "R" }

    /// `App.change` from this screen with its selection put right at once, so that after a removal
    /// the neighbour is selected rather than a row past the end.
    static func changeAndReconcile(_ state: inout AppState, to section: Section, message: String) -> [Effect]
    {
        let effects = App.change(&state, to: section, message: message)
        reconcile(&state)
        return effects
    }
}

/// A screen reached from another one (the conflicts on `C`, a groslijst on `g`, the interventions on
/// `A`): it keeps the screen it was opened from, lights that screen's tab and goes back to it on Esc.
protocol SubScreenFeature: ScreenFeature {
    /// Where the screen it was opened from is kept.
    static var returnTo: WritableKeyPath<AppState, ScreenKind> { get }
}

extension SubScreenFeature {
    static func enter(_ state: inout AppState) -> [Effect] {
        let from = state.screen
        let effects = App.switchTo(&state, kind)
        if state.screen == kind, from != kind { state[keyPath: returnTo] = from }
        reconcile(&state)
        return effects
    }

    static func litTab(_ state: AppState) -> ScreenKind { state[keyPath: returnTo] }

    static func back(_ state: inout AppState) -> [Effect] { App.switchTo(&state, state[keyPath: returnTo]) }
}

/// A screen that is one list under a heading (the sections, the people): drawing and clicks place its
/// rows the same way, and a click selects the row under it.
protocol ListFeature: ScreenFeature {
    /// Where the selected row is kept.
    static var selection: WritableKeyPath<AppState, Int> { get }
    /// The lines of heading above the rows.
    static var headingRows: Int { get }
    static func count(_ state: AppState) -> Int
}

extension ListFeature {
    static func list(_ state: AppState, _ area: Rect) -> ListPlacement {
        ListPlacement(
            top: area.y + headingRows, visible: area.height - headingRows,
            selected: state[keyPath: selection],
            count: count(state))
    }

    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        if let row = list(state, area).row(at: y) { state[keyPath: selection] = row }
        return []
    }

    /// ↑ k and ↓ j move the selection one row, within the list; other keys leave it.
    static func moveSelection(_ state: inout AppState, _ key: Key) {
        state[keyPath: selection] = ListPlacement.stepped(
            state[keyPath: selection], by: key, count: count(state))
    }
}

/// A screen's place on the tab bar: the key that opens it, its label (short below 120 columns) and
/// its name in the help overlay's line of screen keys.
struct ScreenTab: Sendable {
    /// A text of the word tables, named by its key so that the tab follows the language at run time.
    typealias Text = KeyPath<Words, String> & Sendable

    var key: Character
    var short: Text
    var long: Text
    var help: Text

    init(key: Character, short: Text, long: Text, help: Text) {
        (self.key, self.short, self.long, self.help) = (key, short, long, help)
    }

    init(key: Character, short: Text, help: Text) {
        self.init(key: key, short: short, long: short, help: help)
    }

    func label(_ language: Language, wide: Bool) -> String {
        "\(key) " + language.words[keyPath: wide ? long : short]
    }

    func helpText(_ language: Language) -> String { language.words[keyPath: help] }
    func shortText(_ language: Language) -> String { language.words[keyPath: short] }
}

/// Which screen is current. The constants live beside their features (`ScreenKind.board` in
/// Features/Stappenplan), so this type lists no screens itself: `ScreenRegistry` is the one list.
public struct ScreenKind: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    public init(_ id: String) { self.id = id }
    public var description: String { id }
}
