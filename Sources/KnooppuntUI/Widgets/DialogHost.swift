import Foundation
import KnooppuntModel

/// A yes/no question; `fillIn` offers a third answer that opens the editor at a field.
public struct Confirmation: Hashable, Sendable {
    public var question: String
    public var details: [String]
    public var action: DialogPurpose
    /// A third answer: open the editor of this initiative at this field instead.
    public var fillIn: EditorField?
    public var fillInInitiative: UUID?
    /// Deleting and removing ask for Enter alone: `j` ("ja") is also the key that moves down, and a
    /// `d` followed by a habitual `j` must not throw away a person or a meeting.
    public var isDestructive: Bool
}

/// A feature's own dialog: one enum per feature lists what its prompts, choice lists and confirmations
/// are for, and the feature answers them (`ScreenFeature.answer`, `chosen`, `confirmed`). The shell
/// routes an answer to `owner` without knowing the cases.
protocol DialogReply: Hashable, Sendable {
    static var owner: ScreenKind { get }
    /// Text typed into this prompt is answered (kept) when a signal stops the program; false for
    /// prompts whose half-typed answer would do something unasked (a filter, a new section).
    var keptOnInterrupt: Bool { get }
}

extension DialogReply {
    var keptOnInterrupt: Bool { true }
}

/// What a dialog is for, as the shell holds it: the owning screen and the feature's own value.
public struct DialogPurpose: Hashable, @unchecked Sendable {
    // @unchecked: `value` only ever holds a `DialogReply`, which is Sendable; AnyHashable is not
    // marked so by the standard library.
    public let owner: ScreenKind
    public let keptOnInterrupt: Bool
    let value: AnyHashable

    init<R: DialogReply>(_ reply: R) {
        owner = R.owner
        keptOnInterrupt = reply.keptOnInterrupt
        value = AnyHashable(reply)
    }

    /// The feature's value, when the dialog is of that feature's kind.
    func reply<R: DialogReply>(_ type: R.Type) -> R? { value.base as? R }
}

public struct Prompt: Hashable, Sendable {
    public var title: String
    public var hint: String
    public var buffer: TextBuffer
    public var purpose: DialogPurpose
    public var error: String?
    /// The text the prompt opened with: Esc after typing something else asks once before dropping it.
    public var initialText: String = ""
    /// Esc was pressed once on typed text; a second Esc drops it.
    public var discardWarned = false
    /// A path is asked: Tab completes it (`PathCompletion`) instead of answering.
    public var completesPaths = false
    /// The text at which the last Tab found several names and could not grow it: a second Tab there
    /// lists them.
    public var ambiguousAt: String?
    /// The names that second Tab listed, shown in place of the hint until the text changes.
    public var listing: String?
    /// The dialog whose answer opened this one (the date before an experience's text): Esc goes back
    /// to it, one level, instead of closing the whole question. Empty or one dialog.
    public var back: [Dialog] = []
}

/// The value behind one line of a choice list.
public enum ChoiceValue: Hashable, Sendable {
    case id(UUID)
    case stage(Stage)
    case text(String)
    case nothing

    /// The text of a `.text` value; nil for the others.
    var text: String? {
        if case .text(let text) = self { text } else { nil }
    }

    /// A `.text` value as a case of the string enum whose raw values made the list.
    func text<Case: RawRepresentable>(as _: Case.Type) -> Case? where Case.RawValue == String {
        text.flatMap(Case.init(rawValue:))
    }
}

public struct ChoiceOption: Hashable, Sendable {
    public var label: String
    public var value: ChoiceValue
}

/// A list to choose from; `marked` makes it a multi-select list (space marks, Enter confirms).
public struct Choice: Hashable, Sendable {
    public var title: String
    public var options: [ChoiceOption]
    public var selected: Int
    public var marked: Set<Int>?
    public var purpose: DialogPurpose
    /// As `Prompt.back`: the dialog Esc goes back to.
    public var back: [Dialog] = []

    /// The value of the option under the cursor.
    var value: ChoiceValue { options[selected].value }

    /// The values of the marked options of a multi-select list, in the list's order.
    var markedValues: [ChoiceValue] {
        let marked = self.marked ?? []
        return options.indices.filter { marked.contains($0) }.map { options[$0].value }
    }

    /// The ids among the marked values (the people marked in a list of people).
    var markedIDs: [UUID] {
        markedValues.compactMap { if case .id(let id) = $0 { id } else { nil } }
    }
}

public enum Dialog: Hashable, Sendable {
    case confirm(Confirmation)
    case prompt(Prompt)
    case choice(Choice)

    var purpose: DialogPurpose {
        switch self {
        case .confirm(let c): c.action
        case .prompt(let p): p.purpose
        case .choice(let c): c.purpose
        }
    }

    /// The dialog with `parent` as the one Esc goes back to (confirmations have no way back: Esc
    /// there means no).
    func goingBack(to parent: Dialog) -> Dialog {
        switch self {
        case .confirm: return self
        case .prompt(var p):
            p.back = [parent]
            return .prompt(p)
        case .choice(var c):
            c.back = [parent]
            return .choice(c)
        }
    }
}

extension App {
    static func ask(
        _ state: inout AppState, _ purpose: some DialogReply, title: String, hint: String = "",
        text: String = "", multiline: Bool = false
    ) {
        state.dialog = .prompt(
            Prompt(
                title: title, hint: hint, buffer: TextBuffer(text, multiline: multiline),
                purpose: DialogPurpose(purpose), error: nil, initialText: text))
    }

    static func choose(
        _ state: inout AppState, _ purpose: some DialogReply, title: String, options: [ChoiceOption],
        selected: Int = 0, marked: Set<Int>? = nil
    ) {
        state.dialog = .choice(
            Choice(
                title: title, options: options, selected: max(0, min(selected, options.count - 1)),
                marked: marked, purpose: DialogPurpose(purpose)))
    }

    static func confirm(
        _ state: inout AppState, _ question: String, details: [String] = [], action: some DialogReply,
        destructive: Bool = true, fillIn: (field: EditorField, initiative: UUID)? = nil
    ) {
        state.dialog = .confirm(
            Confirmation(
                question: question, details: details, action: DialogPurpose(action), fillIn: fillIn?.field,
                fillInInitiative: fillIn?.initiative, isDestructive: destructive))
    }

    /// An answer that opened a further dialog (not the same one again with an error): Esc in the new
    /// one comes back to `previous`.
    static func linkBack(_ state: inout AppState, from previous: Dialog) {
        guard let next = state.dialog, next.purpose != previous.purpose else { return }
        state.dialog = next.goingBack(to: previous)
    }

    static func dialogKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let dialog = state.dialog else { return [] }
        switch dialog {
        case .confirm(let c):
            switch key {
            case .character("j") where !c.isDestructive, .character("J") where !c.isDestructive,
                .character("y") where !c.isDestructive, .character("Y") where !c.isDestructive, .enter:
                state.dialog = nil
                return ScreenRegistry.feature(c.action.owner).confirmed(&state, c)
            case .character("i") where c.fillIn != nil, .character("f") where c.fillIn != nil:
                state.dialog = nil
                fillInForMove(&state, c)
                return []
            case .character("n"), .character("N"), .escape, .character("q"):
                state.dialog = nil
                state.say(state.words.nothingChanged)
                return []
            default:
                return []
            }
        case .prompt(var p):
            switch key {
            case .escape:
                // A note typed in a meeting is work: one Esc out of habit (the editor's Esc keeps text)
                // must not drop it. The first Esc says how to save; a second one drops it.
                if p.buffer.multiline, !p.discardWarned, p.buffer.text != p.initialText,
                    !p.buffer.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                {
                    p.discardWarned = true
                    // Short enough for the prompt at 60 columns.
                    p.error = state.words.tabSavesEscAgainThrowsIt
                    state.dialog = .prompt(p)
                    return []
                }
                state.dialog = p.back.first
                if p.discardWarned {
                    state.say(state.words.textThrownAway)
                }
                return []
            case .tab where p.completesPaths:
                return [.completePath(p.buffer.text)]
            case .enter where !p.buffer.multiline, .control("s"), .tab:
                state.dialog = nil
                let effects = ScreenRegistry.feature(p.purpose.owner).answer(&state, p, p.buffer.text)
                linkBack(&state, from: dialog)
                return effects
            default:
                if p.buffer.handle(key) {
                    p.error = nil
                    p.discardWarned = false
                    p.listing = nil
                    state.dialog = .prompt(p)
                }
                return []
            }
        case .choice(var c):
            switch key {
            case .up, .character("k"): c.selected = max(0, c.selected - 1)
            case .down, .character("j"): c.selected = min(c.options.count - 1, c.selected + 1)
            case .home: c.selected = 0
            case .end: c.selected = max(0, c.options.count - 1)
            case .character(" ") where c.marked != nil:
                if c.marked!.contains(c.selected) {
                    c.marked!.remove(c.selected)
                } else {
                    c.marked!.insert(c.selected)
                }
            case .escape, .character("q"):
                state.dialog = c.back.first
                return []
            case .enter:
                state.dialog = nil
                guard !c.options.isEmpty else { return [] }
                let effects = ScreenRegistry.feature(c.purpose.owner).chosen(&state, c)
                linkBack(&state, from: dialog)
                return effects
            default:
                return []
            }
            state.dialog = .choice(c)
            return []
        }
    }

    /// Re-opens a prompt with an error line, keeping what was typed.
    static func reject(_ state: inout AppState, _ prompt: Prompt, _ error: String) -> [Effect] {
        var p = prompt
        p.error = error
        state.dialog = .prompt(p)
        return []
    }
}
