import Foundation
import KnooppuntModel

/// Undo and redo: earlier section values kept by the shell; features never see them.
extension App {
    static func undo(_ state: inout AppState) -> [Effect] {
        guard state.conflict == nil else { return change(&state, to: state.section) }
        return travel(
            &state, from: \.undoStack, to: \.redoStack, done: state.words.undone,
            nothing: state.words.nothingToUndo)
    }

    static func redo(_ state: inout AppState) -> [Effect] {
        guard state.conflict == nil else { return [] }
        return travel(
            &state, from: \.redoStack, to: \.undoStack, done: state.words.redone,
            nothing: state.words.nothingToRedo)
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
}
