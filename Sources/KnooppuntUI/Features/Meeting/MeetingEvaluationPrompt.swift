import Foundation
import KnooppuntModel

/// The short evaluation at the end of meeting mode (docs/METHOD.md section 6): two questions, each
/// one line, answered by the group; Esc skips (on the second question: back to the first). The answers
/// stand at the top of the next meeting.
extension App {
    /// Asked after meeting mode is left, so that skipping it leaves the user where they were going.
    static func askEvaluation(_ state: inout AppState, meeting: Meeting) {
        let earlier = state.section.instruments.evaluation(of: meeting.id)
        ask(
            &state, MeetingDialog.evaluationWentWell(meeting: meeting.id),
            title: state.words.evaluationOfMeeting12What(number: meeting.number),
            hint: state.words.enterGoOnEscSkip,
            text: earlier?.wentWell ?? "")
    }

    static func answerWentWell(_ state: inout AppState, _ prompt: Prompt, meeting: UUID, text: String)
        -> [Effect]
    {
        let wentWell: String
        switch Rulebook.validNote(text, state.options.language) {
        case .success(let note): wentWell = note
        case .failure(let why): return reject(&state, prompt, why)
        }
        let number = state.section.meeting(meeting)?.number ?? 0
        ask(
            &state, MeetingDialog.evaluationDoBetter(meeting: meeting, wentWell: wentWell),
            title: state.words.evaluationOfMeeting22What(number: number),
            hint: state.words.enterSaveEscBackToQuestion,
            text: state.section.instruments.evaluation(of: meeting)?.doBetter ?? "")
        return []
    }

    static func answerDoBetter(
        _ state: inout AppState, _ prompt: Prompt, meeting: UUID, wentWell: String, text: String
    ) -> [Effect] {
        let doBetter: String
        switch Rulebook.validNote(text, state.options.language) {
        case .success(let note): doBetter = note
        case .failure(let why): return reject(&state, prompt, why)
        }
        guard state.section.meeting(meeting) != nil else { return [] }
        var section = state.section
        section.instruments.setEvaluation(
            MeetingEvaluation(meetingID: meeting, wentWell: wentWell, doBetter: doBetter))
        return change(
            &state, to: section,
            message: state.words.evaluationSavedItStandsAtThe)
    }
}

extension MeetingView {
    /// The evaluation of the nearest earlier meeting that has one, as at most two lines: what the
    /// group said last time is the first thing it sees this time.
    func previousEvaluationLines(width: Int) -> [(String, Style)] {
        let earlier = section.meetings.filter { $0.number < meeting.number }.sorted { $0.number > $1.number }
        guard
            let (m, e) = earlier.lazy.compactMap({ m in
                self.section.instruments.evaluation(of: m.id).map { (m, $0) }
            }).first
        else { return [] }
        var lines: [(String, Style)] = []
        let label = context.words.lastTimeMeeting(number: m.number)
        if !e.wentWell.isEmpty {
            lines.append(
                (
                    label + context.words.wentWell + TextRules.singleLine(e.wentWell),
                    theme.muted
                ))
        }
        if !e.doBetter.isEmpty {
            let indent = lines.isEmpty ? label : String(repeating: " ", count: DisplayWidth.of(label))
            lines.append(
                (
                    indent + context.words.doBetter + TextRules.singleLine(e.doBetter),
                    theme.muted
                ))
        }
        return lines + [("", .plain)]
    }
}
