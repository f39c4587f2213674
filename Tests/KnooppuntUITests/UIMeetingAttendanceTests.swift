import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Who was present (meeting mode, `a`) and the meeting's own times (jaaragenda, `T`): both end up in the
/// minutes and the calendar, so both are recorded through the normal undoable change.
@Suite struct UIMeetingAttendanceTests {
    @Test func spaceMarksPeoplePresentAndEnterRecordsThem() {
        var d = UIMeetingTests.meeting(3)
        d.key(.character("a"))
        guard case .choice(let list) = d.state.dialog else {
            Issue.record("expected the attendance list")
            return
        }
        let first = App.attendanceCandidates(d.section)
        #expect(list.options.count == d.section.people.count)
        d.key(.character(" "))
        d.keys(.down, .down)
        d.key(.character(" "))
        d.key(.enter)
        let meeting = d.section.meeting(number: 3)
        #expect(meeting?.attendance == [first[0].id, first[2].id])
        #expect(d.saves.count == 1)
        d.key(.character("u"))
        #expect(d.section.meeting(number: 3)?.attendance == [])
    }

    @Test func timesAreTypedAsASpanAndEmptyMeansTheUsualTime() {
        var d = UIDriver()
        d.key(.character("2"))
        d.state.agenda = AgendaState(meeting: 3, column: 0, entry: 0)
        d.keys(.character("T"), .enter)  // this meeting
        d.type("14.45 - 16.15")
        d.key(.enter)
        let meeting = d.section.meeting(number: 4)
        #expect(meeting?.start?.description == "14:45" && meeting?.end?.description == "16:15")
        d.keys(.character("T"), .enter)
        d.keys(.control("a"), .control("k"))
        d.type("17:00-16:00")
        d.key(.enter)
        #expect(d.state.dialog != nil, "an end before the start is refused in the prompt")
        d.keys(.control("a"), .control("k"), .enter)
        #expect(d.section.meeting(number: 4)?.start == nil && d.section.meeting(number: 4)?.end == nil)
        d.keys(.character("T"), .down, .enter)  // the section's usual time
        d.type("14:00-15:30")
        d.key(.enter)
        #expect(d.section.usualStart?.description == "14:00" && d.section.usualEnd?.description == "15:30")
        #expect(d.section.times(of: d.section.meetings[0]).start.description == "14:00")
    }
}

/// An action point in a meeting note becomes a routine task decided at that meeting.
@Suite struct UIMeetingActionPointTests {
    @Test func anActionLineInANoteBecomesATaskInTheSameUndoStep() {
        var d = UIMeetingTests.meeting(4)
        d.keys(.down, .down)  // Literatuuronderwijs
        let tasksBefore = d.section.routineTasks.count
        d.key(.enter)
        d.type("Pilot gaat door.")
        d.key(.enter)
        d.type("Actie: Fred, 1-2-2027: leeslijst in het PTA")
        d.key(.control("s"))
        #expect(d.section.routineTasks.count == tasksBefore + 1)
        let task = d.section.routineTasks.last
        #expect(task?.text == "leeslijst in het PTA" && task?.due == Day("2027-02-01"))
        #expect(task?.ownerID == UIFixture.fred.id)
        #expect(task?.decidedAt == d.section.meeting(number: 4)?.id)
        d.key(.character("u"))
        #expect(d.section.routineTasks.count == tasksBefore)
    }

    @Test func anUnreadableActionKeepsThePromptOpenWithTheReason() {
        var d = UIMeetingTests.meeting(4)
        d.keys(.down, .down)
        d.key(.enter)
        d.type("Actie: Niemand: iets")
        d.key(.control("s"))
        #expect(d.state.dialog != nil)
        #expect(d.screen.contains("Niemand in de sectie heet"))
    }
}
