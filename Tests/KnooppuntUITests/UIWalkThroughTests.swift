import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The smaller findings of the walk-through, one test each.
@Suite struct UIWalkThroughTests {
    @Test func escInASecondPromptGoesBackToTheFirst() {
        var d = UIDriver()
        d.selectCard("Literatuuronderwijs")
        d.key(.enter)
        while d.state.editor?.field != .experiences { d.key(.down) }
        d.key(.character("n"))
        // The date prompt opens with today; the user types another day in Dutch form.
        while case .prompt(let p) = d.state.dialog, !p.buffer.text.isEmpty { d.key(.backspace) }
        d.type("20-11-2026")
        d.key(.enter)
        guard case .prompt(let text) = d.state.dialog else {
            Issue.record("the experience's text is asked next")
            return
        }
        #expect(text.title.contains("2026-11-20"))
        d.key(.escape)
        guard case .prompt(let date) = d.state.dialog else {
            Issue.record("Esc goes back to the date, not out of both")
            return
        }
        #expect(date.buffer.text == "20-11-2026", "what was typed there is still there")
        d.key(.escape)
        #expect(d.state.dialog == nil)
    }

    @Test func escInAFreeTextPromptReturnsToTheSubjectList() {
        var d = UIDriver()
        d.key(.character("2"))
        d.key(.character("a"))
        guard case .choice(let c) = d.state.dialog else {
            Issue.record("a asks what goes on the agenda")
            return
        }
        d.key(.end)
        d.key(.enter)  // (vrije tekst…)
        guard case .prompt = d.state.dialog else {
            Issue.record("free text is typed next")
            return
        }
        d.key(.escape)
        guard case .choice(let back) = d.state.dialog else {
            Issue.record("Esc goes back to the list")
            return
        }
        #expect(back.options == c.options)
    }

    @Test func ijIsOneLetterInInitials() {
        #expect(Person.defaultInitials(for: "Femke IJzerman") == "FIJ")
        #expect(Person.defaultInitials(for: "Ilse Jansen") == "IJ")
        #expect(Person.defaultInitials(for: "Gemma de Vries") == "GdV")
    }

    @Test func stepKeysOnAnEmptyColumnSayWhy() {
        var d = UIDriver()
        d.key(.home)  // step 0: no cards in the fixture
        for key: Key in [.character(">"), .character("<"), .character("s"), .character("d"), .character("p")]
        {
            d.key(key)
            #expect(d.state.status?.contains("Geen initiatief in 0") == true, "\(key)")
            #expect(d.state.dialog == nil)
        }
    }

    @Test func aNarrowColumnKeepsItsCount() {
        let header = StappenplanView.columnHeader("3 Informeren", count: 12, width: 10)
        #expect(header.contains("(12)"))
        #expect(DisplayWidth.of(header) == 10)
        #expect(StappenplanView.columnHeader("3 Informeren", count: 0, width: 10).hasPrefix("3 Inform"))
    }

    @Test func theFooterFitsBothMarksAt80Columns() {
        var section = UIFixture.section()
        if let i = section.initiatives.firstIndex(where: { $0.title == "English Proficiency" }) {
            section.initiatives[i].title = "English Proficiency voor de bovenbouw"
            section.initiatives[i].targetDate = Day(year: 2026, month: 10, day: 1)
        }
        var d = UIDriver(section: section, width: 80, height: 24)
        d.selectCard("English Proficiency voor de bovenbouw")
        let footer = (0..<24).map { d.grid.line($0) }.first { $0.hasPrefix(" ▸ ") } ?? ""
        // Both marks, whole: the missing records and the warning counted, nothing cut at the edge.
        #expect(footer.contains("! 2 ontbreken"), "\(footer)")
        #expect(footer.contains(InitiativeWarning.mark + " 1 waarschuwing (Enter)"), "\(footer)")
        #expect(d.grid.rowsFit)
    }

    @Test func typedWordsMoveToTheNextLineWhole() {
        var buffer = TextBuffer("", multiline: true)
        _ = buffer.insert("de leerlingen lezen")
        let lines = buffer.layout(width: 16).lines.map(\.text)
        #expect(lines == ["de leerlingen ", "lezen"])
        #expect(buffer.layout(width: 16).cursorLine == 1)
        #expect(buffer.layout(width: 16).cursorColumn == 5)
        // A word longer than the line is still cut where it must be.
        let long = TextBuffer("abcdefghijklmnopqrstuvwxyz", multiline: true).layout(width: 11).lines.map(
            \.text)
        #expect(long == ["abcdefghij", "klmnopqrst", "uvwxyz"])
    }

    @Test func dialogsUseTheWidthOfAWideWindow() {
        var d = UIDriver(width: 200, height: 60)
        d.key(.character("n"))
        let top = (0..<60).map { d.grid.line($0) }.first { $0.contains("┌") } ?? ""
        #expect(top.filter { $0 == "─" }.count > 76)
        var narrow = UIDriver(width: 80, height: 24)
        narrow.key(.character("n"))
        #expect(narrow.grid.rowsFit)
    }

    @Test func theEditorExplainsThePositionLetters() {
        var d = UIDriver()
        d.selectCard("Toetsmodel")
        d.key(.enter)
        #expect(d.screen.contains("i initiatiefnemer · p partner · s schakel · l leverancier · g gebruiker"))
    }

    @Test func aClosedInitiativeCountsNoDaysInAStep() {
        var d = UIDriver()
        d.selectCard("Woordenschat")
        d.key(.enter)
        #expect(!d.screen.contains("dagen in deze stap"))
        #expect(!d.screen.contains("0 dagen"))
    }

    @Test func deletingSaysPlaatsingen() {
        var d = UIDriver()
        d.selectCard("Toetsmodel")
        d.key(.character("d"))
        guard case .confirm(let c) = d.state.dialog else {
            Issue.record("d asks first")
            return
        }
        #expect(c.question.contains("plaatsingen op de jaaragenda"))
    }

    @Test func theStepListSaysLosgelatenOnce() {
        var d = UIDriver()
        d.selectCard("Toetsmodel")
        d.key(.character("s"))
        guard case .choice(let c) = d.state.dialog else {
            Issue.record("s lists the steps")
            return
        }
        let dropped = c.options.first { $0.value == .stage(.dropped) }?.label
        #expect(dropped == "× Losgelaten")
    }

    /// Two colleagues with the same name get different initials, and initials stay unique when typed.
    @Test func aSecondPersonWithTheSameNameGetsOwnInitials() {
        var d = UIDriver()
        d.key(.character("5"))
        d.key(.character("n"))
        d.type("Fred Jansen")
        d.key(.enter)
        let freds = d.section.people.filter { $0.name == "Fred Jansen" }
        #expect(freds.map(\.initials) == ["FJ", "FJ2"])
        #expect(d.state.status?.contains("(FJ2)") == true)
        // Typing initials someone else has is refused with who has them.
        d.key(.character("e"))
        guard case .choice(let fields) = d.state.dialog,
            let row = fields.options.firstIndex(where: { $0.label.hasPrefix("Initialen") })
        else {
            Issue.record("e lists the fields")
            return
        }
        while case .choice(let c) = d.state.dialog, c.selected < row { d.key(.down) }
        d.key(.enter)
        d.keys(.control("a"), .control("k"))
        d.type("gdv")
        d.key(.enter)
        guard case .prompt(let p) = d.state.dialog else {
            Issue.record("the prompt stays with the reason")
            return
        }
        #expect(p.error?.contains("Gemma de Vries") == true)
    }

    /// Esc on the evaluation's second question goes back to the first, with its answer still there.
    @Test func escOnTheSecondEvaluationQuestionGoesBackToTheFirst() {
        var d = UIMeetingTests.meeting(4)
        d.key(.escape)
        d.type("korte agenda")
        d.key(.enter)
        guard case .prompt(let second) = d.state.dialog else {
            Issue.record("the second question follows")
            return
        }
        #expect(second.title.contains("(2/2)"))
        #expect(second.hint.contains("terug naar vraag 1"))
        d.key(.escape)
        guard case .prompt(let first) = d.state.dialog else {
            Issue.record("Esc goes back to the first question")
            return
        }
        #expect(first.title.contains("(1/2)"))
        #expect(first.buffer.text.hasSuffix("korte agenda"))
    }
}
