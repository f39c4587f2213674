import Foundation
import Testing

@testable import KnooppuntModel

/// Meetings gained start and end times and attendance; files from before must read and write as they were.
@Suite struct MeetingTimesTests {
    @Test func aMeetingFromAnOlderFileHasTheUsualTimesAndNoAttendance() throws {
        let json =
            #"{"id":"00000000-0000-4000-8000-000000000201","note":"","number":1,"place":"lokaal 2.14"}"#
        let meeting = try JSONDecoder().decode(Meeting.self, from: Data(json.utf8))
        let times = Section(name: "S").times(of: meeting)
        #expect(times.start.description == "15:30" && times.end.description == "17:00")
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
        #expect(Section(name: "S").times(of: back).start.description == "14:45")
    }

    @Test func anEndBeforeTheStartReadsAsTheUsualLength() {
        let meeting = Meeting(number: 1, start: ClockTime("16:00"), end: ClockTime("15:00"))
        #expect(Section(name: "S").times(of: meeting).end.description == "17:30")
    }

    @Test func aMeetingWithoutItsOwnTimesHasTheSectionsUsualOnes() {
        var section = Section(name: "S")
        section.usualStart = ClockTime("14:00")
        section.usualEnd = ClockTime("15:30")
        let usual = section.times(of: Meeting(number: 1))
        #expect(usual.start.description == "14:00" && usual.end.description == "15:30")
        let own = section.times(of: Meeting(number: 2, start: ClockTime("16:00"), end: ClockTime("17:00")))
        #expect(own.start.description == "16:00")
        let back = try? JSONDecoder().decode(Section.self, from: JSONEncoder().encode(section))
        #expect(back?.usualStart == section.usualStart && back?.usualEnd == section.usualEnd)
    }

    @Test func clockTimesRefuseWhatIsNoTime() {
        #expect(ClockTime("24:00") == nil && ClockTime("9:5") == nil && ClockTime("x") == nil)
        #expect(ClockTime("9:05")?.description == "09:05")
    }
}
