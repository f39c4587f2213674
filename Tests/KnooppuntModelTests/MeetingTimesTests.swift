import Foundation
import Testing

@testable import KnooppuntModel

/// Meetings gained start and end times and attendance; files from before must read and write as they were.
@Suite struct MeetingTimesTests {
    @Test func aMeetingFromAnOlderFileHasTheUsualTimesAndNoAttendance() throws {
        let json =
            #"{"id":"00000000-0000-4000-8000-000000000201","note":"","number":1,"place":"lokaal 2.14"}"#
        let meeting = try JSONDecoder().decode(Meeting.self, from: Data(json.utf8))
        #expect(meeting.startTime.description == "15:30" && meeting.endTime.description == "17:00")
        #expect(meeting.attendance.isEmpty && meeting.date == nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(meeting), as: UTF8.self) == json)
    }

    @Test func ownTimesAndAttendanceSurviveARoundTrip() throws {
        let person = UUID()
        let meeting = Meeting(
            number: 2, date: Day("2027-01-12"), start: ClockTime("14:45"), end: ClockTime("16:15"),
            attendance: [person])
        let back = try JSONDecoder().decode(Meeting.self, from: try JSONEncoder().encode(meeting))
        #expect(back == meeting)
        #expect(back.startTime.description == "14:45")
    }

    @Test func anEndBeforeTheStartReadsAsTheUsualLength() {
        let meeting = Meeting(number: 1, start: ClockTime("16:00"), end: ClockTime("15:00"))
        #expect(meeting.endTime.description == "17:30")
    }

    @Test func clockTimesRefuseWhatIsNoTime() {
        #expect(ClockTime("24:00") == nil && ClockTime("9:5") == nil && ClockTime("x") == nil)
        #expect(ClockTime("9:05")?.description == "09:05")
    }
}
