import Foundation
import KnooppuntModel

/// `T` on the jaaragenda: a meeting's own times, or the section's usual times that every meeting
/// without its own is held at (15:30-17:00 until the section sets them).
extension App {
    static func chooseTimesScope(_ state: inout AppState, _ meeting: Meeting) {
        let own = state.section.times(of: meeting)
        let usual = state.section.times(of: Meeting(number: 0))
        choose(
            &state, AgendaDialog.timesScope(meeting.id), title: state.words.whichTime,
            options: [
                ChoiceOption(
                    label: state.words.meetingReview(number: meeting.number)
                        + "  \(own.start)-\(own.end)",
                    value: .text("meeting")),
                ChoiceOption(
                    label: state.words.theSectionSUsualTime
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
                title: state.words.theSectionSUsualTimeJaaragenda,
                hint: state.words.forExample15301700,
                text: state.section.usualStart == nil ? "" : "\(usual.start)-\(usual.end)")
            return
        }
        guard let meeting = state.section.meeting(id) else { return }
        let times = state.section.times(of: meeting)
        ask(
            &state, AgendaDialog.meetingTimes(id),
            title: state.words.timeOfMeeting(number: meeting.number),
            hint: state.words.forExample15301700Empty,
            text: meeting.start == nil && meeting.end == nil ? "" : "\(times.start)-\(times.end)")
    }
}
