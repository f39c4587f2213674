import Foundation
import KnooppuntModel

/// Meeting mode's questions: which meeting to hold, and a note or decision for an item (also asked
/// from the editor, with a step move).
enum MeetingDialog: DialogReply {
    case meetingForMode
    case meetingNote(initiative: UUID, meeting: Int, target: Stage?)
    /// Who is present: the section's people as a list, space marks one person, Enter records.
    case attendance(meeting: UUID)
    /// The two questions when meeting mode ends: what went well, then what to do better.
    case evaluationWentWell(meeting: UUID)
    case evaluationDoBetter(meeting: UUID, wentWell: String)
    /// A note on a routine task (regelwerk tussendoor), by the task's id.
    case taskNote(task: UUID)

    static var owner: ScreenKind { .meeting }
}

extension MeetingFeature {
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        switch prompt.purpose.reply(MeetingDialog.self) {
        case .evaluationWentWell(let meeting):
            return App.answerWentWell(&state, prompt, meeting: meeting, text: text)
        case .evaluationDoBetter(let meeting, let wentWell):
            return App.answerDoBetter(&state, prompt, meeting: meeting, wentWell: wentWell, text: text)
        case .taskNote(let task):
            return App.annotateTask(&state, prompt, task: task, text: text)
        default: break
        }
        guard
            case .meetingNote(let initiative, let meeting, let target) = prompt.purpose.reply(
                MeetingDialog.self)
        else { return [] }
        if case .failure(let why) = Rulebook.validNote(text, state.options.language) {
            return App.reject(&state, prompt, why)
        }
        // A plain note may carry action points ("Actie: wie, datum: wat"); each becomes a routine task.
        var actions: [ActionPoint] = []
        if target == nil {
            switch ActionPoint.readAll(text, lookup: PersonLookup(section: state.section)) {
            case .success(let points): actions = points
            case .failure(let problem):
                return App.reject(
                    &state, prompt, state.options.language == .nl ? problem.dutch : problem.english)
            }
        }
        return App.recordNote(
            &state, initiative: initiative, meeting: meeting, target: target, text: text, actions: actions)
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        if case .attendance(let id) = choice.purpose.reply(MeetingDialog.self) {
            return App.recordAttendance(&state, meeting: id, choice: choice)
        }
        guard case .meetingForMode = choice.purpose.reply(MeetingDialog.self),
            case .id(let id) = choice.value
        else { return [] }
        App.startMeeting(&state, id)
        return []
    }
}
