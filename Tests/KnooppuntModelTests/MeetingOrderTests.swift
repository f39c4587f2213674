import Foundation
import Testing

@testable import KnooppuntModel

/// Meetings are numbered in date order; undated ones come last; items follow their meeting by id.
@Suite struct MeetingOrderTests {
    @Test func numbersFollowTheDates() {
        let a = Meeting(number: 1, date: Day("2026-10-01"))
        let b = Meeting(number: 2, date: Day("2027-01-10"))
        let undated = Meeting(number: 3)
        let inserted = Meeting(number: 4, date: Day("2026-11-15"))
        let result = MeetingOrder.renumbered([a, b, undated, inserted])
        #expect(result.map(\.id) == [a.id, inserted.id, b.id, undated.id])
        #expect(result.map(\.number) == [1, 2, 3, 4])
    }

    @Test func sameDayKeepsTheOldOrderAndGapsClose() {
        let a = Meeting(number: 7, date: Day("2026-10-01"))
        let b = Meeting(number: 3, date: Day("2026-10-01"))
        let c = Meeting(number: 9)
        let d = Meeting(number: 5)
        let result = MeetingOrder.renumbered([a, b, c, d])
        #expect(result.map(\.id) == [b.id, a.id, d.id, c.id])
        #expect(result.map(\.number) == [1, 2, 3, 4])
    }

    @Test func agendaItemsFollowTheirMeeting() {
        let late = Meeting(number: 1, date: Day("2027-03-01"))
        let early = Meeting(number: 2, date: Day("2026-10-01"))
        let item = AgendaItem(meetingID: late.id, column: .regelwerkTussendoor, subject: .text("PTA"))
        let section = Section(name: "S", meetings: [late, early], agenda: [item]).renumberingMeetings()
        #expect(section.meeting(late.id)?.number == 2)
        #expect(section.agenda(ofMeeting: 2)[.regelwerkTussendoor]?.map(\.id) == [item.id])
    }
}
