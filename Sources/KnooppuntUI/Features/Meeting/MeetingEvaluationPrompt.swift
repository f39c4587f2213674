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
            title: state.t(
                "Evaluatie overleg \(meeting.number) (1/2): wat ging goed?",
                "Evaluation of meeting \(meeting.number) (1/2): what went well?"),
            hint: state.t("Enter = verder, Esc = overslaan", "Enter = go on, Esc = skip"),
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
            title: state.t(
                "Evaluatie overleg \(number) (2/2): wat doen we volgende keer beter?",
                "Evaluation of meeting \(number) (2/2): what do we do better next time?"),
            hint: state.t(
                "Enter = bewaren, Esc = terug naar vraag 1", "Enter = save, Esc = back to question 1"),
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
            message: state.t(
                "Evaluatie bewaard; ze staat bovenaan het volgende overleg.",
                "Evaluation saved; it stands at the top of the next meeting."))
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
        let label = context.text("Vorige keer (overleg \(m.number)) ", "Last time (meeting \(m.number)) ")
        if !e.wentWell.isEmpty {
            lines.append(
                (
                    label + context.text("ging goed: ", "went well: ") + TextRules.singleLine(e.wentWell),
                    theme.muted
                ))
        }
        if !e.doBetter.isEmpty {
            let indent = lines.isEmpty ? label : String(repeating: " ", count: DisplayWidth.of(label))
            lines.append(
                (
                    indent + context.text("beter: ", "do better: ") + TextRules.singleLine(e.doBetter),
                    theme.muted
                ))
        }
        return lines + [("", .plain)]
    }
}
