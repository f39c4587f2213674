import Foundation
import KnooppuntModel

/// `T` on the jaaragenda: a meeting's own times, or the section's usual times that every meeting
/// without its own is held at (15:30-17:00 until the section sets them).
extension App {
    static func chooseTimesScope(_ state: inout AppState, _ meeting: Meeting) {
        let own = state.section.times(of: meeting)
        let usual = state.section.times(of: Meeting(number: 0))
        choose(
            &state, AgendaDialog.timesScope(meeting.id), title: state.t("Welke tijd?", "Which time?"),
            options: [
                ChoiceOption(
                    label: state.t("Overleg \(meeting.number)", "Meeting \(meeting.number)")
                        + "  \(own.start)-\(own.end)",
                    value: .text("meeting")),
                ChoiceOption(
                    label: state.t("De gewone tijd van de sectie", "The section's usual time")
                        + "  \(usual.start)-\(usual.end)",
                    value: .text("section")),
            ])
    }

    /// Asks for the times of one meeting, or with `meeting` nil for the section's usual times.
    static func askTimes(_ state: inout AppState, meeting id: UUID?) {
        guard let id else {
            let usual = state.section.times(of: Meeting(number: 0))
            ask(
                &state, AgendaDialog.usualTimes,
                title: state.t("Gewone tijd van de sectie", "The section's usual time"),
                hint: state.t(
                    "Bijvoorbeeld 15:30-17:00 (leeg = 15:30-17:00)",
                    "For example 15:30-17:00 (empty = 15:30-17:00)"),
                text: state.section.usualStart == nil ? "" : "\(usual.start)-\(usual.end)")
            return
        }
        guard let meeting = state.section.meeting(id) else { return }
        let times = state.section.times(of: meeting)
        ask(
            &state, AgendaDialog.meetingTimes(id),
            title: state.t("Tijd van overleg \(meeting.number)", "Time of meeting \(meeting.number)"),
            hint: state.t(
                "Bijvoorbeeld 15:30-17:00 (leeg = de gewone tijd)",
                "For example 15:30-17:00 (empty = the usual time)"),
            text: meeting.start == nil && meeting.end == nil ? "" : "\(times.start)-\(times.end)")
    }
}
