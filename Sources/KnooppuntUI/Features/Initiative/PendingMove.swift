import Foundation
import KnooppuntModel

/// A step move that waits for a missing record: `i` in the move's confirmation opens the record, and
/// once it is filled in the move is made. The user asked for the move; filling in the record is the
/// way to it, not a new decision.
struct PendingMove: Hashable, Sendable {
    var initiative: UUID
    var target: Stage
    var note: String
    /// The record being filled in, and the field that was opened for it (a record of two fields,
    /// goal and target date, opens the second one when the first is done).
    var record: MissingRecord
    var field: EditorField
    /// The move was asked in the editor itself (`>` there): the editor stays open afterwards.
    var fromEditor: Bool
}

extension App {
    /// `i` in a move's confirmation: open the first missing record the same way for every record (typing
    /// in a text or date, the people picker, a new experience) and remember the move.
    static func fillInForMove(_ state: inout AppState, _ confirmation: Confirmation) {
        guard let id = confirmation.fillInInitiative, let initiative = state.section.initiative(id) else {
            return
        }
        guard case .moveInitiative(_, let target, let note)? = confirmation.action.reply(BoardDialog.self)
        else {
            if let field = confirmation.fillIn { openEditor(&state, id, field: field, startTyping: true) }
            return
        }
        guard let record = Rulebook.missing(initiative, movingTo: target).first else { return }
        let field = Rulebook.emptyField(of: record, in: initiative)
        let fromEditor = state.screen == .editor
        openEditor(&state, id, field: field, startTyping: true)
        state.editor?.pendingMove = PendingMove(
            initiative: id, target: target, note: note, record: record, field: field,
            fromEditor: fromEditor)
        state.say(
            state.words.fillItInThenMovesTo(title: initiative.title, value: state.guidance.header(target)))
    }

    /// After every key, click or paste: when the record of a waiting move is no longer being typed or
    /// chosen, either the move goes on (the record is there), the record's next field opens, or the
    /// move is given up with a sentence (the user left the record empty).
    static func continuePendingMove(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor, let pending = editor.pendingMove else { return [] }
        guard state.screen == .editor, editor.initiativeID == pending.initiative,
            let initiative = state.section.initiative(pending.initiative)
        else {
            state.editor?.pendingMove = nil
            return []
        }
        // Still typing, or a picker or prompt of the record is open.
        if editor.buffer != nil || state.dialog != nil { return [] }
        if pending.record.isMissing(in: initiative) {
            let next = Rulebook.emptyField(of: pending.record, in: initiative)
            if next != pending.field, !Rulebook.fieldIsEmpty(pending.field, in: initiative) {
                // The first half of the record is there (the goal): the second half (its date) opens.
                openEditor(&state, initiative.id, field: next, startTyping: true)
                state.editor?.pendingMove = PendingMove(
                    initiative: pending.initiative, target: pending.target, note: pending.note,
                    record: pending.record, field: next, fromEditor: pending.fromEditor)
                return []
            }
            state.editor?.pendingMove = nil
            state.say(
                state.words.notMovedStillEmpty(
                    what: pending.record.text(state.words)),
                error: true)
            return []
        }
        // The record is there: back where the move was asked, and the move is asked again, so that a
        // second missing record gets the same question (and `i`) and a complete one moves at once.
        state.editor?.pendingMove = nil
        if !pending.fromEditor {
            state.editor = nil
            state.screen = editor.returnTo
        }
        return requestMove(&state, initiative, to: pending.target, note: pending.note)
    }
}
