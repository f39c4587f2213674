import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Meeting mode handles the routine work: tasks are reached with j/k, ticked off with x and annotated
/// with Enter; the heading counts what is listed; "Nu:" reads what the initiative has.
@Suite struct UIMeetingTasksTests {
    /// Meeting 3 of the fixture: Toetsmodel (informeren), Literatuuronderwijs (ervaringen), and the task
    /// "Toetsen maken".
    func meetingThree(_ section: Section = UIFixture.section(), width: Int = 200, height: Int = 60)
        -> UIDriver
    {
        var d = UIDriver(section: section, width: width, height: height)
        d.key(.character("m"))
        d.key(.enter)  // the next meeting, 3
        return d
    }

    @Test func theHeadingCountsItemsAndTasks() {
        var d = meetingThree()
        #expect(d.screen.contains("punt 1 van 3"))
        d.keys(.down, .down)
        #expect(d.screen.contains("punt 3 van 3"))
        #expect(d.screen.contains("▶ ☐ Toetsen maken"))
        d.key(.down)
        #expect(d.screen.contains("punt 3 van 3"), "the last entry is the end")
    }

    @Test func aTaskIsTickedOffAndAnnotated() {
        var d = meetingThree()
        d.keys(.down, .down)
        d.key(.character("x"))
        let task = d.section.routineTasks.first { $0.text == "Toetsen maken" }
        #expect(task?.done == true)
        #expect(d.screen.contains("▶ ☑ Toetsen maken"))
        d.key(.enter)
        guard case .prompt = d.state.dialog else {
            Issue.record("Enter on a task asks for its note")
            return
        }
        d.type("Fred mailt de toetsen vrijdag")
        d.key(.tab)
        #expect(
            d.section.routineTasks.first { $0.text == "Toetsen maken" }?.note
                == "Fred mailt de toetsen vrijdag")
        #expect(d.screen.contains("Notitie: Fred mailt de toetsen vrijdag"))
        // x again opens it; one undo takes the tick back as one change.
        d.key(.character("x"))
        #expect(d.section.routineTasks.first { $0.text == "Toetsen maken" }?.done == false)
    }

    @Test func aLinePlacedByHandBecomesATaskWhenTickedAndKeepsItsPlace() {
        var section = UIFixture.section()
        let line = AgendaItem(
            meetingID: UIFixture.meetings[2].id, column: .regelwerkTussendoor,
            subject: .text("Boeken bestellen"),
            note: "voor 4 vwo")
        section.agenda.append(line)
        var d = meetingThree(section)
        d.keys(.down, .down, .down)
        #expect(d.screen.contains("▶ ☐ Boeken bestellen"))
        #expect(d.screen.contains("Notitie: voor 4 vwo"))
        d.key(.character("x"))
        #expect(!d.section.agenda.contains { $0.id == line.id })
        let task = d.section.routineTasks.first { $0.id == line.id }
        #expect(task?.done == true)
        #expect(task?.text == "Boeken bestellen")
        #expect(task?.note == "voor 4 vwo")
        #expect(task?.meetingID == UIFixture.meetings[2].id)
        #expect(d.screen.contains("▶ ☑ Boeken bestellen"), "the selection stays on it")
    }

    @Test func stepKeysOnATaskSayWhyNothingHappens() {
        var d = meetingThree()
        d.keys(.down, .down)
        let before = d.section
        d.key(.character(">"))
        #expect(d.section == before)
        #expect(d.state.status?.contains("taak") == true)
    }

    @Test func nowSaysWhatTheStepStillRecordsAndWhenItIsComplete() {
        var d = meetingThree()
        // Toetsmodel is at step 7 with everything asked before; step 7 records who takes part.
        #expect(d.screen.contains("Nu vastleggen: wie meedoen met uitproberen"))
        var section = UIFixture.section()
        if let i = section.initiatives.firstIndex(where: { $0.title == "Toetsmodel" }) {
            section.initiatives[i].details.trialParticipants = [UIFixture.gemma.id]
        }
        d = meetingThree(section)
        #expect(d.screen.contains("Nu: alles van stap 7 staat er; klaar voor stap 8"))
    }

    @Test func experiencesColumnSaysWhenNothingWasRecorded() {
        var d = meetingThree()
        d.key(.down)  // Literatuuronderwijs under Ervaringen uitwisselen
        #expect(d.screen.contains("Nog geen ervaringen of logboek vastgelegd."))
    }

    @Test func theSelectedTaskStaysInSightAt80By24() {
        var section = UIFixture.section()
        for n in 1...12 {
            section.routineTasks.append(RoutineTask(text: "Taak \(n)", meetingID: UIFixture.meetings[2].id))
        }
        var d = meetingThree(section, width: 80, height: 24)
        for _ in 0..<14 { d.key(.down) }
        #expect(d.screen.contains("▶ ☐ Taak 12"))
        #expect(d.screen.contains("punt 15 van 15"))
        #expect(d.screen.contains("OVERLEG 3"), "the heading stays")
        #expect(d.grid.rowsFit)
    }
}
