import Foundation
import KnooppuntModel

extension ScreenKind {
    static let editor = ScreenKind("editor")
}

/// The initiative editor: every field of one initiative, reached from the board, the jaaragenda,
/// meeting mode or "mijn initiatieven" (it has no tab of its own).
enum InitiativeFeature: ScreenFeature {
    static let kind = ScreenKind.editor

    static func title(_ state: AppState) -> String { state.words.initiative }

    /// The initiative's one-page overview.
    static func exportRequest(_ state: AppState) -> ExportRequest? {
        state.editor.flatMap { state.section.initiative($0.initiativeID) }.map { .initiative($0.id) }
    }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        if let buffer = state.editor?.buffer {
            return [
                KeyBinding("← → Home End", words.cursor),
                KeyBinding(
                    "Alt-← Alt-→", words.wordBackForward,
                    status: words.word, keys: "Alt-← →", rank: 2),
                KeyBinding("⌫ Del", words.delete),
                KeyBinding(
                    "Ctrl-W Ctrl-K", words.deleteWordRestOfLine,
                    status: words.deleteWord, keys: "Ctrl-W", rank: 3),
                KeyBinding("Ctrl-U", words.deleteLineUpToTheCursor),
                KeyBinding(
                    "Enter", words.newLineLongTextOrDone,
                    status: buffer.multiline ? words.newLine : words.done, rank: 1),
                KeyBinding(
                    "Esc Tab", words.doneSaved,
                    status: words.doneSaved, rank: 0),
                KeyBinding(words.paste, words.insertText),
                .statusOnly("Ctrl-K", words.deleteToEndOfLine, rank: 4),
            ]
        }
        return [
            KeyBinding("↑ ↓ j k Tab", words.field, status: words.field, keys: "j k", rank: 1),
            KeyBinding(
                "Enter e", words.editField, status: words.edit, keys: "Enter",
                rank: 0),
            KeyBinding("← →", words.inListsLine),
            KeyBinding("i p s l g", words.toggleAPosition),
            KeyBinding("w", words.howIntensivelyInvolvedStep2),
            KeyBinding(
                "n",
                words.addExperienceLogNotePerson),
            KeyBinding("d", words.removeLine),
            KeyBinding("a", words.logEntryToTheNextMeeting),
            KeyBinding(
                "> <", words.nextPreviousStep, status: words.stepInitiative, rank: 2
            ),
            KeyBinding("s", words.chooseAStep),
            KeyBinding("p", words.planOnTheYearAgenda),
            KeyBinding("Esc", words.back, status: words.back, rank: 3),
            .statusOnly("u", words.undo, rank: 4),
            .statusOnly("?", words.help, rank: 5),
        ]
    }

    static func isEditingText(_ state: AppState) -> Bool { state.editor?.buffer != nil }

    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        switch event {
        case .key(let key):
            return App.editorKey(&state, key)
        case .paste(let text):
            guard var editor = state.editor, var buffer = editor.buffer else { return nil }
            let whole = buffer.insert(text)
            editor.buffer = buffer
            state.editor = editor
            if !whole { App.sayFull(&state) }
            return []
        default:
            return nil
        }
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        guard let initiative = App.editedInitiative(state) else { return }
        InitiativeView(section: state.section, initiative: initiative, context: state.context)
            .render(into: &grid, area: area, editor: state.editor)
    }

    /// The field under the click, from the view's own rows and paging.
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        guard var editor = state.editor, editor.buffer == nil, let initiative = App.editedInitiative(state)
        else { return [] }
        let rows = InitiativeView(section: state.section, initiative: initiative, context: state.context)
            .rows(width: area.width, editing: nil)
        let bodyY = area.y + 4
        let focus =
            rows.firstIndex { $0.field == editor.field && $0.listIndex == editor.listIndex }
            ?? rows.firstIndex { $0.field == editor.field } ?? 0
        let start = TextLayout.pageStart(selected: focus, visible: area.height - 4, count: rows.count)
        let index = start + y - bodyY
        if y >= bodyY, rows.indices.contains(index), let field = rows[index].field {
            editor.field = field
            editor.listIndex = rows[index].listIndex ?? 0
            state.editor = editor
        }
        return []
    }

    /// The screen it came from keeps its tab lit.
    static func litTab(_ state: AppState) -> ScreenKind { state.editor?.returnTo ?? .board }

    /// An initiative removed by undo or a reload closes its editor.
    static func reconcile(_ state: inout AppState) {
        if let editor = state.editor, state.section.initiative(editor.initiativeID) == nil {
            state.editor = nil
            if state.screen == .editor { state.screen = .board }
        }
    }

    /// Typing is finished (and saved) first; a refused text keeps the editor open with the reason.
    static func leave(_ state: inout AppState, effects: inout [Effect]) -> Bool {
        guard state.editor?.buffer != nil else { return true }
        effects += App.finishEditing(&state)
        return state.editor?.buffer == nil
    }
}
