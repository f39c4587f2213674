import Foundation
import KnooppuntModel
import KnooppuntResources
import Testing

@testable import KnooppuntUI

/// Figure 3.3 of the method (), read from the method by hand: per meeting, the titles in the
/// columns Plannen bespreken, Tussentijds informeren, Ervaringen uitwisselen.
let figure33: [Int: [[String]]] = [
    1: [["English Proficiency", "Literatuuronderwijs"], [], []],
    2: [["Toetsmodel"], ["Literatuuronderwijs"], []],
    3: [[], ["Toetsmodel"], ["Literatuuronderwijs"]],
    4: [
        ["Uitgangspunten voor klassenverdeling"], ["English Proficiency"],
        ["Literatuuronderwijs", "Toetsmodel"],
    ],
    5: [[], ["Uitgangspunten voor klassenverdeling"], ["Toetsmodel"]],
    6: [[], [], ["Toetsmodel", "Uitgangspunten voor klassenverdeling"]],
]
let figureTitles = [
    "English Proficiency", "Literatuuronderwijs", "Toetsmodel", "Uitgangspunten voor klassenverdeling",
]

/// The text in one cell of a rendered jaaragenda: the lines of the meeting's row, cut to the column.
func agendaCell(_ grid: Grid, meeting label: String, column: Int, left: Int) -> String {
    let lines = (0..<grid.height).map { grid.line($0) }
    guard
        let top = lines.firstIndex(where: {
            $0.dropFirst(left).hasPrefix(label + " ")
                || $0.dropFirst(left).hasPrefix(label) && $0.dropFirst(left + label.count).first == " "
        })
    else { return "" }
    let columnWidth = (grid.width - 2 * left - JaaragendaView.labelWidth) / 4
    var parts: [String] = []
    var y = top
    while y < lines.count, !lines[y].contains("────") {
        let chars = Array(lines[y])
        let from = left + JaaragendaView.labelWidth + column * columnWidth
        if from < chars.count {
            parts.append(
                String(chars[from..<min(chars.count, from + columnWidth)]).trimmingCharacters(
                    in: .whitespaces))
        }
        y += 1
        if y < lines.count, lines[y].dropFirst(left).hasPrefix("Overleg") { break }
    }
    // Wrapped titles come back together; "- " starts each entry.
    return parts.joined(separator: " ").replacingOccurrences(of: "  ", with: " ")
}

func checkFigure33(_ grid: Grid, left: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    for (number, columns) in figure33 {
        for (c, expected) in columns.enumerated() {
            let cell = agendaCell(grid, meeting: "Overleg \(number)", column: c, left: left)
            for title in figureTitles {
                #expect(
                    cell.contains(title) == expected.contains(title),
                    "overleg \(number), column \(c): '\(cell)' and \(title)", sourceLocation: sourceLocation)
            }
        }
    }
}

@Suite struct UIAgendaTests {
    @Test func screenShowsFigure33() {
        var d = UIDriver(width: 200, height: 60)
        d.key(.character("2"))
        checkFigure33(d.grid, left: 1)
        #expect(d.screen.contains("P Plannen bespreken"))
        #expect(d.screen.contains("R Regelwerk tussendoor"))
    }

    @Test func demoSectionPrintsFigure33() throws {
        let data = try KnooppuntResources.data("demo/sectie-engels.json")
        let section = try JSONDecoder().decode(Section.self, from: data)
        let grid = JaaragendaView(
            section: section, context: ScreenContext(color: false, today: UIFixture.today)
        ).printed(width: 160)
        checkFigure33(grid, left: 0)
    }

    @Test func narrowAgendaStillFitsAndShowsTheSelection() {
        var d = UIDriver(width: 80, height: 24)
        d.key(.character("2"))
        #expect(d.grid.rowsFit)
        #expect(d.screen.contains("Overleg 1"))
        // Moving down through entries crosses meetings and scrolls.
        for _ in 0..<8 { d.key(.down) }
        #expect(d.state.agenda.meeting >= 4)
        #expect(d.screen.contains("Overleg \(d.state.agenda.meeting + 1)"))
        #expect(d.grid.rowsFit)
    }

    @Test func routineTasksShowOwnerDueDateAndOverdue() {
        var d = UIDriver(width: 200, height: 60)
        d.key(.character("2"))
        let cell3 = agendaCell(d.grid, meeting: "Overleg 3", column: 3, left: 1)
        #expect(cell3.contains("Toetsen maken · FJ · 2026-11-01 ! te laat"))
        let cell4 = agendaCell(d.grid, meeting: "Overleg 4", column: 3, left: 1)
        #expect(cell4.contains("PTA aanpassen · HM · 2027-01-10"))
        #expect(!cell4.contains("te laat"))
    }

    @Test func mMovesARoutineTaskToAChosenMeetingAndUndoTakesItBack() {
        var d = UIDriver()
        d.key(.character("2"))
        let before = d.section
        // Overleg 3, Regelwerk: Toetsen maken.
        d.state.agenda = AgendaState(meeting: 2, column: 3, entry: 0)
        d.key(.character("M"))
        guard case .choice = d.state.dialog else {
            Issue.record("M on a task opens the meeting list")
            return
        }
        d.keys(.down, .down)  // overleg 5
        d.key(.enter)
        let task = d.section.routineTasks.first { $0.text == "Toetsen maken" }!
        #expect(task.meetingID == UIFixture.meetings[4].id)
        #expect(d.state.agenda.meeting == 4)
        // The selection followed the task: x ticks that task off.
        d.key(.character("x"))
        #expect(d.section.routineTasks.first { $0.id == task.id }?.done == true)
        d.keys(.character("u"), .character("u"))
        #expect(d.section == before)
        // o and x on an initiative's item say what they are for.
        d.state.agenda = AgendaState(meeting: 3, column: 1, entry: 0)
        d.key(.character("x"))
        #expect(d.state.statusIsError)
        #expect(d.section == before)
    }

    @Test func movingAnItemToTheNextMeetingMarksItPlacedByHand() {
        var d = UIDriver()
        d.key(.character("2"))
        let original = d.section.agenda
        // Overleg 4, Tussentijds informeren: English Proficiency.
        d.state.agenda = AgendaState(meeting: 3, column: 1, entry: 0)
        d.key(.character(">"))
        let item = d.section.agenda.first {
            $0.subject == .initiative(UIFixture.proficiency.id) && $0.column == .tussentijdsInformeren
        }!
        #expect(item.meetingID == UIFixture.meetings[4].id)
        #expect(item.placedByHand)
        #expect(d.state.agenda.meeting == 4)
        // Into the Regelwerk column an initiative may not go.
        d.key(.character("L"))
        d.key(.character("L"))
        #expect(d.state.statusIsError)
        #expect(d.section.agenda.first { $0.id == item.id }?.column == .ervaringenUitwisselen)
        d.key(.character("u"))
        d.key(.character("u"))
        #expect(d.section.agenda == original)
    }

    @Test func removingAMeetingHandsItsRoutineTasksToTheNextMeeting() {
        var d = UIDriver()
        let before = d.section
        d.key(.character("2"))
        // Overleg 3 holds "Toetsen maken" (overdue) and two items.
        d.state.agenda = AgendaState(meeting: 2, column: 0, entry: 0)
        d.key(.character("D"))
        #expect(d.screen.contains("Overleg 3 verwijderen, met 2 punten erop?"))
        #expect(d.screen.contains("Zijn taak (regelwerk) gaat naar overleg 4."))
        d.key(.enter)
        let task = d.section.routineTasks.first { $0.text == "Toetsen maken" }!
        #expect(task.meetingID == UIFixture.meetings[3].id)
        // Still on screen, overdue mark and all.
        #expect(agendaCell(d.grid, meeting: "Overleg 4", column: 3, left: 1).contains("Toetsen maken"))
        // The last meeting goes too, and undo brings both back.
        d.state.agenda = AgendaState(meeting: 4, column: 0, entry: 0)  // overleg 6 (5 is now index 3)
        d.key(.character("D"))
        d.key(.enter)
        #expect(d.section.meetings.count == 4)
        d.key(.character("u"))
        d.key(.character("u"))
        #expect(d.section == before)
    }

    @Test func addDateAndRemoveMeetings() {
        var d = UIDriver()
        d.key(.character("2"))
        d.key(.character("n"))
        d.type("2027-13-01")
        d.key(.enter)
        #expect(d.section.meetings.count == 6)
        guard case .prompt(let p) = d.state.dialog else { Issue.record("prompt should stay"); return }
        #expect(p.error?.contains("JJJJ-MM-DD") == true)
        d.keys(.backspace, .backspace, .backspace, .backspace, .backspace)
        d.type("06-24")
        d.key(.enter)
        #expect(d.section.meetings.count == 7)
        #expect(d.section.meeting(number: 7)?.date == Day(year: 2027, month: 6, day: 24))
        #expect(d.state.agenda.meeting == 6)
        d.key(.character("t"))
        d.keys(.control("a"), .control("k"), .enter)
        #expect(d.section.meeting(number: 7)?.date == nil)
        d.key(.character("D"))
        d.key(.enter)
        #expect(d.section.meetings.count == 6)
    }

    @Test func aMeetingAddedOrReDatedTakesItsPlaceInTheOrder() {
        var d = UIDriver()
        d.key(.character("2"))
        let third = UIFixture.meetings[2].id  // 2026-12-03
        d.key(.character("n"))
        d.keys(.control("a"), .control("k"))
        d.type("15-11-2026")  // between overleg 2 (22-10) and overleg 3 (3-12)
        d.key(.enter)
        let added = d.section.meetings.first { $0.date == Day(year: 2026, month: 11, day: 15) }
        #expect(added?.number == 3)
        #expect(d.section.meeting(third)?.number == 4, "the later meetings move up one")
        #expect(d.screen.contains("Overleg 3 toegevoegd"))
        #expect(d.state.agenda.meeting == 2, "the selection is on the new meeting")
        // The items of the old overleg 3 moved with it to 4.
        #expect(d.section.agenda(ofMeeting: 4)[.tussentijdsInformeren]?.isEmpty == false)
        #expect(d.section.agenda(ofMeeting: 3).values.allSatisfy { $0.isEmpty })
        // Re-dating the new meeting after all others makes it the last one.
        d.key(.character("t"))
        d.keys(.control("a"), .control("k"))
        d.type("2027-06-30")
        d.key(.enter)
        #expect(d.section.meeting(added?.id ?? UUID())?.number == 7)
        #expect(d.section.meeting(third)?.number == 3)
        #expect(d.screen.contains("nu overleg 7"))
        #expect(d.state.agenda.meeting == 6)
    }

    @Test func meetingPlaceShowsInMeetingMode() {
        var d = UIDriver()
        d.key(.character("2"))
        d.state.agenda = AgendaState(meeting: 3, column: 0, entry: 0)
        d.key(.character("w"))
        d.type("Aula, Gebouw É")
        d.key(.enter)
        #expect(d.section.meeting(number: 4)?.place == "Aula, Gebouw É")
        d.key(.character("m"))
        #expect(d.screen.contains("Aula, Gebouw É"))
    }

    @Test func addingAnInitiativeAndFreeTextToACell() {
        var d = UIDriver()
        d.key(.character("2"))
        d.state.agenda = AgendaState(meeting: 2, column: 0, entry: 0)  // overleg 3, plannen
        d.key(.character("a"))
        guard case .choice(let c) = d.state.dialog else { Issue.record("expected a choice"); return }
        let index = c.options.firstIndex { $0.label == "Literatuuronderwijs" }!
        for _ in 0..<index { d.key(.down) }
        d.key(.enter)
        #expect(
            d.section.agenda.contains {
                $0.meetingID == UIFixture.meetings[2].id && $0.column == .plannenBespreken
                    && $0.subject == .initiative(UIFixture.literatuur.id)
            })
        d.key(.character("a"))
        d.key(.end)
        d.key(.enter)
        d.type("Sectiedag plannen")
        d.key(.enter)
        #expect(
            d.section.agenda.contains {
                $0.subject == .text("Sectiedag plannen") && $0.meetingID == UIFixture.meetings[2].id
            })
    }

    @Test func planPlacesAnUnplannedInitiative() {
        var s = UIFixture.section()
        var nieuw = Initiative(
            title: "Spreekvaardigheid", stage: .step(3), initiators: [UIFixture.theo.id],
            created: Day(year: 2026, month: 11, day: 25))
        nieuw.history = [StepChange(from: .step(2), to: .step(3), date: Day(year: 2026, month: 11, day: 25))]
        s.initiatives.append(nieuw)
        var d = UIDriver(section: s)
        d.key(.character("2"))
        d.key(.character("P"))
        let expected = AgendaPlanner.plan(s, initiative: nil, today: UIFixture.today)
        #expect(d.section.agenda == expected.agenda)
        #expect(d.section.agenda.contains { $0.subject == .initiative(nieuw.id) })
    }

    @Test func filterShowsOnlyMatchingEntries() {
        var d = UIDriver(width: 200, height: 60)
        d.key(.character("2"))
        d.key(.character("/"))
        d.type("toets")
        d.key(.enter)
        let text = d.screen
        #expect(text.contains("Toetsmodel"))
        #expect(text.contains("Toetsen maken"))
        #expect(!text.contains("Literatuuronderwijs"))
        #expect(text.contains("Filter: toets"))
        d.key(.escape)
        #expect(d.screen.contains("Literatuuronderwijs"))
    }

    @Test func notesAndTextsAreCheckedByTheTextRules() {
        var d = UIDriver()
        d.key(.character("2"))
        d.state.agenda = AgendaState(meeting: 2, column: 3, entry: 0)
        d.key(.character("a"))
        d.type("   ")
        d.key(.enter)
        // Only spaces: nothing is added.
        #expect(d.section.routineTasks.count == 2)
        d.key(.character("a"))
        d.send(.paste("Excursie\u{202E}nodnoL"))
        d.key(.enter)
        // The direction override never enters the text; the task is stored without it.
        #expect(d.section.routineTasks.last?.text == "ExcursienodnoL")
    }
}
