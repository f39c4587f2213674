import Foundation
import KnooppuntModel

/// The initiative being edited: which field, and the text being typed (nil when not typing).
struct EditorState: Hashable, Sendable {
    var initiativeID: UUID
    var field: EditorField = .title
    var buffer: TextBuffer?
    /// The selected line inside a list field (involved people, experiences, history).
    var listIndex = 0
    var returnTo: ScreenKind = .board
    /// What is being typed was already saved on a tick (and has its undo entry).
    var autosaved = false
    /// Esc was pressed on text the field refuses; a second Esc gives the field its stored value back.
    var refusedEscape = false
    /// A step move waiting for the record being filled in (`i` in the move's confirmation).
    var pendingMove: PendingMove?
}

extension App {
    /// Opens the editor at `field`. `startTyping` (used when the user chose to fill in a missing record)
    /// starts typing or opens the people picker at once; otherwise keys first move between fields, so
    /// that looking at an initiative never types into it.
    static func openEditor(_ state: inout AppState, _ id: UUID, field: EditorField, startTyping: Bool = false)
    {
        let returnTo = state.screen == .editor ? (state.editor?.returnTo ?? .board) : state.screen
        state.editor = EditorState(
            initiativeID: id, field: field, buffer: nil, listIndex: 0, returnTo: returnTo)
        state.screen = .editor
        state.status = nil
        // Every kind of field opens as Enter would open it: typing, a people picker, a new experience.
        if startTyping { editField(&state) }
    }

    static func editedInitiative(_ state: AppState) -> Initiative? {
        state.editor.flatMap { state.section.initiative($0.initiativeID) }
    }

    static func fieldText(_ initiative: Initiative, _ field: EditorField) -> String {
        switch field {
        case .title: return initiative.title
        case .motivation: return initiative.motivation
        case .goal: return initiative.goal
        case .targetDate: return initiative.targetDate?.description ?? ""
        case .approach: return initiative.approach
        case .trialWhat: return initiative.trial.what
        case .trialUntil: return initiative.trial.until?.description ?? ""
        case .trialWatch: return initiative.trial.watch
        case .closingCriterion: return initiative.closingCriterion
        case .sectionInput: return initiative.details.sectionInput
        case .reactions: return initiative.details.reactions
        case .successes: return initiative.details.successes
        case .results: return initiative.details.results
        case .sharing: return initiative.details.sharing
        default: return ""
        }
    }

    static func startEditing(_ state: inout AppState) {
        guard var editor = state.editor, let initiative = editedInitiative(state) else { return }
        let kind = editor.field.kind
        guard kind == .line || kind == .text || kind == .date else { return }
        editor.buffer = TextBuffer(fieldText(initiative, editor.field), multiline: kind == .text)
        state.editor = editor
        state.say(
            kind == .text
                ? state.words.typeEnterNewLineEscOr
                : state.words.typeEnterEscOrTabDone
        )
    }

    /// The initiative with the text being typed put into its field, or why the text cannot go there.
    static func bufferedInitiative(_ state: AppState) -> Checked<Initiative>? {
        guard let editor = state.editor, let buffer = editor.buffer, let initiative = editedInitiative(state)
        else { return nil }
        var updated = initiative
        let text = buffer.text
        let language = state.options.language
        switch editor.field {
        case .title:
            switch Rulebook.validName(text, language) {
            case .success(let name): updated.title = name
            case .failure(let why): return .failure(why)
            }
        case .targetDate, .trialUntil:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            var day: Day? = nil
            if !trimmed.isEmpty {
                guard let parsed = Day(typed: trimmed) else {
                    return .failure(state.words.notAValidDateWriteDD)
                }
                day = parsed
            }
            if editor.field == .targetDate { updated.targetDate = day } else { updated.trial.until = day }
        case .motivation, .goal, .approach, .trialWhat, .trialWatch, .closingCriterion, .sectionInput,
            .reactions, .successes, .results, .sharing:
            let note: String
            switch Rulebook.validNote(text, language) {
            case .success(let checked): note = checked
            case .failure(let why): return .failure(why)
            }
            switch editor.field {
            case .motivation: updated.motivation = note
            case .goal: updated.goal = note
            case .approach: updated.approach = note
            case .trialWhat: updated.trial.what = note
            case .trialWatch: updated.trial.watch = note
            case .sectionInput: updated.details.sectionInput = note
            case .reactions: updated.details.reactions = note
            case .successes: updated.details.successes = note
            case .results: updated.details.results = note
            case .sharing: updated.details.sharing = note
            default: updated.closingCriterion = note
            }
        default: break
        }
        return .success(updated)
    }

    /// Ends typing and stores the text. When the text is refused, says why and keeps typing.
    @discardableResult
    static func finishEditing(_ state: inout AppState) -> [Effect] {
        guard var editor = state.editor, let result = bufferedInitiative(state) else { return [] }
        switch result {
        case .failure(let why):
            return state.refuse(why)
        case .success(let updated):
            let recordUndo = !editor.autosaved
            editor.buffer = nil
            editor.autosaved = false
            state.editor = editor
            state.status = nil
            return replaceInitiative(&state, updated, recordUndo: recordUndo)
        }
    }

    /// While typing, what is typed so far is saved about once a second (on the tick), so that even a
    /// killed process loses at most a second of typing. The whole typing session is one undo step.
    static func autosaveTyping(_ state: inout AppState) -> [Effect] {
        guard state.screen == .editor, var editor = state.editor,
            case .success(let updated)? = bufferedInitiative(state),
            state.conflict == nil, updated != editedInitiative(state)
        else { return [] }
        let recordUndo = !editor.autosaved
        editor.autosaved = true
        state.editor = editor
        return replaceInitiative(&state, updated, recordUndo: recordUndo)
    }

    static func replaceInitiative(
        _ state: inout AppState, _ initiative: Initiative, message: String? = nil,
        recordUndo: Bool = true
    ) -> [Effect] {
        edit(&state, \.initiatives, initiative.id, message: message, recordUndo: recordUndo) {
            $0 = initiative
        }
    }

    static func editorKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard var editor = state.editor, let initiative = editedInitiative(state) else {
            state.screen = .board
            return nil
        }
        if var buffer = editor.buffer {
            switch key {
            case .escape:
                // Text the field refuses (a date like 2026-02-30, an empty title, a long paste into a
                // date) would otherwise hold the user in the field: the first Esc says why, the second
                // stops typing and keeps the value the field had (what was last saved).
                if case .failure(let why)? = bufferedInitiative(state) {
                    if editor.refusedEscape {
                        editor.buffer = nil
                        editor.refusedEscape = false
                        editor.autosaved = false
                        state.editor = editor
                        state.say(state.words.stoppedTheFieldKeepsWhatIt)
                        return []
                    }
                    editor.refusedEscape = true
                    state.editor = editor
                    // The way out first: at 80 columns the end of the status line is cut.
                    state.say(
                        state.words.escAgainFieldUnchanged + why,
                        error: true)
                    return []
                }
                return finishEditing(&state)
            case .tab, .backTab:
                let effects = finishEditing(&state)
                if state.editor?.buffer == nil { moveField(&state, forward: key == .tab) }
                return effects
            case .enter where !buffer.multiline:
                return finishEditing(&state)
            default:
                let wasFull = buffer.isAtCapacity
                if buffer.handle(key) {
                    editor.buffer = buffer
                    editor.refusedEscape = false
                    state.editor = editor
                }
                if case .character = key, wasFull { sayFull(&state) }
                return []
            }
        }
        let field = editor.field
        switch key {
        case .up, .character("k"): moveField(&state, forward: false)
        case .down, .character("j"), .tab: moveField(&state, forward: true)
        case .backTab: moveField(&state, forward: false)
        case .enter, .character("e"): editField(&state)
        case .escape:
            state.screen = editor.returnTo
            state.editor = nil
            if state.screen == .board {
                followToColumn(&state, stage: initiative.stage, initiative: initiative.id)
            }
        case .left where field.isList, .character("h") where field.isList && field != .involved:
            editor.listIndex = max(0, editor.listIndex - 1)
            state.editor = editor
        case .right where field.isList, .character("l") where field.isList && field != .involved:
            editor.listIndex = min(max(0, listCount(initiative, field) - 1), editor.listIndex + 1)
            state.editor = editor
        case .character(let c) where field == .involved && "ipslg".contains(c):
            guard initiative.involved.indices.contains(editor.listIndex),
                let position = InvolvementPosition(rawValue: String(c))
            else { return [] }
            var updated = initiative
            var positions = updated.involved[editor.listIndex].positions
            if positions.contains(position) {
                guard positions.count > 1 else {
                    return state.refuse(state.words.aPersonHasAtLeastOne)
                }
                positions.remove(position)
            } else {
                positions.insert(position)
            }
            updated.involved[editor.listIndex].positions = positions
            return replaceInitiative(&state, updated)
        case .character("w") where field == .involved:
            guard initiative.involved.indices.contains(editor.listIndex) else { return [] }
            var updated = initiative
            let next = InvolvementIntensity.cycle(after: updated.involved[editor.listIndex].intensity)
            updated.involved[editor.listIndex].intensity = next
            let said = next.map { $0.text(state.words) }
            return replaceInitiative(
                &state, updated,
                message: state.words.intensity
                    + (said ?? state.words.notSaid))
        case .character("n"):
            switch field {
            case .experiences: askExperienceDate(&state, initiative.id)
            case .history:
                ask(
                    &state, MeetingDialog.meetingNote(initiative: initiative.id, meeting: 0, target: nil),
                    title: state.words.noteInTheHistory,
                    hint: state.words.ctrlSOrTabSaveEsc,
                    multiline: true)
            case .involved, .initiators, .trialParticipants: editField(&state)
            case .trialLog: askTrialLogDate(&state, initiative.id)
            default: return nil
            }
        case .character("d"), .delete:
            switch field {
            case .experiences where initiative.experiences.indices.contains(editor.listIndex):
                confirm(
                    &state, state.words.deleteThisExperience,
                    details: [initiative.experiences[editor.listIndex].text],
                    action: EditorDialog.deleteExperience(initiative: initiative.id, index: editor.listIndex))
            case .trialLog where initiative.details.trialLog.indices.contains(editor.listIndex):
                confirm(
                    &state, state.words.deleteThisLogEntry,
                    details: [initiative.details.trialLog[editor.listIndex].text],
                    action: EditorDialog.deleteTrialLog(initiative: initiative.id, index: editor.listIndex))
            case .involved where initiative.involved.indices.contains(editor.listIndex):
                let name = state.section.person(initiative.involved[editor.listIndex].personID)?.name ?? "?"
                confirm(
                    &state,
                    state.words.stopInvolvingInThisInitiative(name: name),
                    action: EditorDialog.removeInvolvement(
                        initiative: initiative.id, person: initiative.involved[editor.listIndex].personID))
            default: return nil
            }
        case .character("a") where field == .trialLog:
            return sendLogEntryToAgenda(&state, initiative, index: editor.listIndex)
        case .character(">"): return requestMove(&state, initiative, .next)
        case .character("<"): return requestMove(&state, initiative, .back)
        case .character("s"): chooseStage(&state, initiative)
        case .character("p"): return planAgenda(&state, initiative: initiative.id)
        default: return nil
        }
        return []
    }

    /// The field holds as much as a note may: said once per refused key or paste.
    static func sayFull(_ state: inout AppState) {
        state.say(
            state.words.fullATextHoldsAtMost(capacity: TextBuffer.capacity),
            error: true)
    }

    /// Text typed into the editor that is not in the section yet (the status line's "… typen").
    static func typingNotSaved(_ state: AppState) -> Bool {
        guard state.screen == .editor, state.editor?.buffer != nil else { return false }
        switch bufferedInitiative(state) {
        case .success(let updated)?: return updated != editedInitiative(state)
        // A text the rules refuse (too long for a title, say) is certainly not saved.
        case .failure?: return true
        case nil: return false
        }
    }

}
