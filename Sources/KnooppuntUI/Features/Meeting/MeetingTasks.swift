import Foundation
import KnooppuntModel

/// Routine tasks in meeting mode: reached with j/k after the discussed items, ticked off with x and
/// annotated with Enter, so that "regelwerk tussendoor" is handled in the meeting and not only listed.
extension App {
    /// The task as a stored `RoutineTask`. A line placed by hand in the Regelwerk column of the
    /// jaaragenda is an agenda item; ticking or annotating it makes it a task with the same id, text,
    /// meeting and note (the jaaragenda shows it in the same cell), since only a task can be done.
    static func storedTask(_ section: inout Section, _ id: UUID) -> Int? {
        if let i = section.routineTasks.firstIndex(where: { $0.id == id }) { return i }
        guard let a = section.agenda.firstIndex(where: { $0.id == id && $0.column == .regelwerkTussendoor })
        else { return nil }
        let item = section.agenda.remove(at: a)
        section.routineTasks.append(
            RoutineTask(
                id: item.id, text: section.title(of: item), meetingID: item.meetingID,
                note: item.note.isEmpty ? nil : item.note))
        return section.routineTasks.count - 1
    }

    static func tickTask(_ state: inout AppState, _ task: RoutineTask) -> [Effect] {
        var s = state.section
        guard let i = storedTask(&s, task.id) else { return [] }
        s.routineTasks[i].done.toggle()
        let effects = change(
            &state, to: s,
            message: s.routineTasks[i].done
                ? state.words.tickedOffXUndoes(text: task.text)
                : state.words.openAgain(text: task.text))
        selectMeetingEntry(&state, task.id)
        return effects
    }

    static func askTaskNote(_ state: inout AppState, _ task: RoutineTask) {
        ask(
            &state, MeetingDialog.taskNote(task: task.id),
            title: state.words.noteOn(text: task.text),
            hint: state.words.emptyClearsTheNoteCtrlS,
            text: task.note ?? "", multiline: true)
    }

    static func annotateTask(_ state: inout AppState, _ prompt: Prompt, task id: UUID, text: String)
        -> [Effect]
    {
        let note: String
        switch Rulebook.validNote(text, state.options.language) {
        case .failure(let why): return reject(&state, prompt, why)
        case .success(let checked): note = checked
        }
        var s = state.section
        guard let i = storedTask(&s, id) else { return [] }
        s.routineTasks[i].note = note.isEmpty ? nil : note
        let effects = change(
            &state, to: s,
            message: note.isEmpty
                ? state.words.noteOnTheTaskCleared
                : state.words.noteOnTheTaskRecorded)
        selectMeetingEntry(&state, id)
        return effects
    }

    /// Keeps the selection on an entry by id (a hand-placed line that became a task moves in the list).
    static func selectMeetingEntry(_ state: inout AppState, _ id: UUID) {
        guard let view = meetingView(state) else { return }
        let ids = view.items.map(\.id) + view.tasks.map(\.id)
        if let i = ids.firstIndex(of: id) { state.meeting.index = i }
    }

    /// Keys on a selected routine task; nil for keys that mean nothing on a task.
    static func meetingTaskKey(_ state: inout AppState, _ key: Key, _ task: RoutineTask) -> [Effect]? {
        switch key {
        case .character("x"):
            return tickTask(&state, task)
        case .enter, .character("n"):
            askTaskNote(&state, task)
            return []
        case .character(">"), .character("<"), .character("e"):
            return state.refuse(state.words.thisIsATaskNotAn)
        default:
            return nil
        }
    }
}
