import Foundation
import KnooppuntModel

/// Attendance in meeting mode (`a`): the section's own people first, then the others, one line each;
/// space marks a person present, Enter records the list for the minutes.
extension App {
    static func chooseAttendance(_ state: inout AppState, _ meeting: Meeting) {
        choosePeople(
            &state, MeetingDialog.attendance(meeting: meeting.id),
            title: state.words.presentAtMeetingSpaceOnOff(number: meeting.number),
            marked: Set(meeting.attendance), among: attendanceCandidates(state.section))
    }

    static func recordAttendance(_ state: inout AppState, meeting id: UUID, choice: Choice) -> [Effect] {
        let present = choice.markedIDs
        return edit(&state, \.meetings, id, message: state.words.presentRecorded(count: present.count)) {
            $0.attendance = present
        }
    }

    /// Who can attend: the own section's people, then colleagues elsewhere in school and outside.
    static func attendanceCandidates(_ section: Section) -> [Person] {
        section.people.filter { $0.area == .ownSection } + section.people.filter { $0.area != .ownSection }
    }
}
