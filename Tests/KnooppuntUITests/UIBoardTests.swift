import KnooppuntModel
import Testing

@testable import KnooppuntUI

@Suite struct UIBoardTests {
    @Test(arguments: [(80, 24), (200, 60)])
    func boardShowsStepHeadersCardsAndGuidance(width: Int, height: Int) {
        var d = UIDriver(width: width, height: height)
        d.selectCard("Literatuuronderwijs")
        let grid = d.grid
        let text = grid.plainText()
        #expect(grid.rowsFit)
        // The selected step's header (shortened to keep its count), its full name and the guidance from
        // Resources/guidance/nl.json.
        #expect(text.contains("8 Uitprobe") && text.contains("(1)"))
        #expect(text.contains("Stap 8 · Uitproberen initiatief"))
        #expect(text.contains("Spreek af wat je uitprobeert"))
        // The card: title, initiators' initials (Gemma de Vries, Caroline Bakker), days in this step.
        #expect(text.contains("Literatuuron"))
        #expect(text.contains("GdV CB · 30d"))  // in step 8 since 2026-10-22, today 2026-11-21
    }

    @Test func wideBoardShowsEveryStepColumnAtOnce() {
        let d = UIDriver(width: 200, height: 60)
        let header = d.grid.line(1)
        for label in ["0 Begin", "1 Wie wil?", "3 Informeren", "7 Sectie", "10 Bijstellen", "✓ Afgerond"] {
            #expect(header.contains(label), "missing \(label) in \(header)")
        }
        #expect(!header.contains("Losgelaten"))
    }

    @Test func narrowBoardScrollsSidewaysToTheSelectedColumn() {
        var d = UIDriver(width: 80, height: 24)
        #expect(d.grid.line(1).contains("0 Begin"))
        #expect(!d.grid.line(1).contains("✓ Afgerond"))
        for _ in 0..<11 { d.key(.right) }
        #expect(d.state.board.column == 11)
        #expect(d.grid.line(1).contains("✓ Afgerond"))
        #expect(d.grid.line(1).contains("◀"))
        #expect(d.grid.rowsFit)
    }

    @Test func narrowHeadersNeverEndInACutCount() {
        let d = UIDriver(width: 80, height: 24)
        let header = d.grid.line(1)
        // 1 Wie wil? has room for its count; 3 Informeren is shortened to keep its count: a count is
        // never left out (it would read as an empty column).
        #expect(header.contains("1 Wie wil? (1)"), "\(header)")
        #expect(header.contains("3 Informer…(1)"), "\(header)")
        #expect(!header.contains("(…"))
    }

    @Test func missingRecordIsMarkedOnTheCard() {
        var d = UIDriver(width: 200, height: 60)
        d.selectCard("English Proficiency")  // step 1 without an initiator
        let text = d.screen
        let grid = d.grid
        let lines = (0..<grid.height).map { Array(grid.line($0)) }
        // The mark opens the card's third line, under the title's first letter, inside its own column.
        let y = lines.firstIndex { String($0).contains("English") }!
        let x = String(lines[y]).distance(
            from: String(lines[y]).startIndex, to: String(lines[y]).range(of: "English")!.lowerBound)
        #expect(lines[y + 2][x] == "!", "\(String(lines[y + 2]))")
        #expect(!String(lines[y]).contains("!"), "no mark at the title's end, beside the next column")
        let ty = lines.firstIndex { String($0).contains("Toetsmodel") }!
        let tx = String(lines[ty]).distance(
            from: String(lines[ty]).startIndex, to: String(lines[ty]).range(of: "Toetsmodel")!.lowerBound)
        #expect(lines[ty + 2][tx] != "!")
        #expect(text.contains("Ontbreekt: een initiatiefnemer (eigenaar)"))
        // Toetsmodel at step 7 asks for no record: no mark on its line.
        d.selectCard("Toetsmodel")
        #expect(!d.screen.contains("Ontbreekt"))
    }

    @Test func movingForwardMovesTheCardRecordsHistoryAndSaves() {
        var d = UIDriver()
        d.selectCard("Uitgangspunten voor klassenverdeling")  // step 3, owner and involved recorded
        d.key(.character(">"))
        let moved = d.initiative("Uitgangspunten voor klassenverdeling")
        #expect(moved.stage == .step(4))
        #expect(moved.history.last == StepChange(from: .step(3), to: .step(4), date: UIFixture.today))
        #expect(d.saves.count == 1)
        #expect(d.saves[0].expected == 1)
        #expect(d.saves[0].section.initiative(moved.id)?.stage == .step(4))
        #expect(d.state.open?.revision == 2)
        // The selection followed the card to column 4.
        #expect(d.state.board.column == 4)
        #expect(App.selectedInitiative(d.state)?.id == moved.id)
        #expect(d.screen.contains("van 3 Informeren naar 4 Uitwerken"))
    }

    @Test func undoAndRedoOfAMoveTakeTheSelectionAlong() {
        var d = UIDriver(width: 80, height: 24)
        d.selectCard("Uitgangspunten voor klassenverdeling")
        let id = App.selectedInitiative(d.state)!.id
        d.key(.character(">"))
        d.key(.character("u"))
        #expect(d.initiative("Uitgangspunten voor klassenverdeling").stage == .step(3))
        #expect(App.selectedInitiative(d.state)?.id == id)
        d.key(.control("r"))
        #expect(App.selectedInitiative(d.state)?.id == id)
        // So > right after an undo moves the same card again.
        d.key(.character("u"))
        d.key(.character(">"))
        #expect(d.initiative("Uitgangspunten voor klassenverdeling").stage == .step(4))
    }

    @Test func forbiddenMoveSaysWhyAndChangesNothing() {
        var d = UIDriver()
        d.selectCard("Woordenschat")  // closed
        let before = d.section
        d.key(.character(">"))
        #expect(d.section == before)
        #expect(d.saves.isEmpty)
        #expect(d.state.statusIsError)
        #expect(d.screen.contains("Dit initiatief is al afgerond of losgelaten"))
        // Choosing a step that skips ahead is refused with the rule's own sentence.
        d.selectCard("Toetsmodel")
        let toetsmodel = d.initiative("Toetsmodel")
        _ = App.requestMove(&d.state, toetsmodel, to: .step(9))
        #expect(d.state.status == StepRefusal.onlyOneStepForward.dutch)
    }

    @Test func missingRecordsAskForConfirmation() {
        var d = UIDriver()
        d.selectCard("English Proficiency")  // step 1, no initiator
        d.key(.character(">"))
        guard case .confirm(let c) = d.state.dialog else {
            Issue.record("expected a confirmation")
            return
        }
        #expect(c.details.contains { $0.contains("een initiatiefnemer") })
        #expect(d.screen.contains("i = nu invullen"))
        // "n" keeps everything as it was.
        d.key(.character("n"))
        #expect(d.state.dialog == nil)
        #expect(d.initiative("English Proficiency").stage == .step(1))
        #expect(d.saves.isEmpty)
        // "i" opens the editor at the initiators, with the people picker.
        d.key(.character(">"))
        d.key(.character("i"))
        #expect(d.state.screen == .editor)
        #expect(d.state.editor?.field == .initiators)
        guard case .choice(let picker) = d.state.dialog else {
            Issue.record("expected the people picker")
            return
        }
        #expect(picker.marked == [])
        d.keys(.character(" "), .down, .character(" "), .enter)  // Gemma and Caroline
        #expect(
            d.initiative("English Proficiency").initiators == [UIFixture.gemma.id, UIFixture.caroline.id])
        // With the owner there the move goes on, back on the board, and asks for the motivation that is
        // still missing (with `i` again); Esc says no, a later `>` asks once more and "j" confirms.
        #expect(d.state.screen == .board)
        if case .confirm(let again) = d.state.dialog {
            #expect(again.fillIn == .motivation)
        } else {
            Issue.record("the move goes on and asks for the motivation")
        }
        d.key(.escape)
        #expect(d.initiative("English Proficiency").stage == .step(1))
        d.key(.character(">"))
        if case .confirm(let c) = d.state.dialog {
            #expect(c.details.contains { $0.contains(MissingRecord.motivation.dutch) })
        } else {
            Issue.record("step 1 without a motivation should ask")
        }
        d.key(.character("j"))
        #expect(d.initiative("English Proficiency").stage == .step(2))
        d.key(.character(">"))
        if case .confirm = d.state.dialog {
        } else {
            Issue.record("step 2 without involved people should ask")
        }
        d.key(.character("j"))
        #expect(d.initiative("English Proficiency").stage == .step(3))
    }

    @Test func droppedColumnAppearsOnKeyAndFilterNarrowsCards() {
        var d = UIDriver(width: 200, height: 60)
        #expect(!d.screen.contains("Uitwisseling Engeland"))
        d.key(.character("z"))
        #expect(d.screen.contains("× Losgelaten"))
        #expect(d.screen.contains("Uitwisseling"))
        d.key(.character("/"))
        d.type("toets")
        d.key(.enter)
        #expect(d.state.filter == "toets")
        #expect(d.screen.contains("Toetsmodel"))
        #expect(!d.screen.contains("Literatuuron"))
        d.key(.escape)
        #expect(d.state.filter.isEmpty)
        #expect(d.screen.contains("Literatuuron"))
    }

    @Test func newInitiativeStartsAtStepZeroAndRefusesAnEmptyName() {
        var d = UIDriver()
        d.key(.character("n"))
        d.type("   ")
        d.key(.enter)
        guard case .prompt(let p) = d.state.dialog else {
            Issue.record("the prompt should stay open")
            return
        }
        #expect(p.error == TextRefusal.empty.dutch)
        #expect(d.screen.contains(TextRefusal.empty.dutch))
        d.keys(.control("a"), .control("k"))
        d.type("Zoë's leesclub")
        d.key(.enter)
        let created = d.initiative("Zoë's leesclub")
        #expect(created.stage == .step(0))
        #expect(created.created == UIFixture.today)
        #expect(App.selectedInitiative(d.state)?.id == created.id)
    }

    @Test func deleteAsksFirst() {
        var d = UIDriver()
        d.selectCard("Toetsmodel")
        let id = d.initiative("Toetsmodel").id
        d.key(.character("d"))
        #expect(d.section.initiative(id) != nil)
        d.key(.escape)
        #expect(d.section.initiative(id) != nil)
        d.key(.character("d"))
        // "j" is also the key that moves down: it must not confirm a deletion; Enter does.
        d.key(.character("j"))
        #expect(d.section.initiative(id) != nil)
        #expect(d.screen.contains("Enter = ja, weg ermee"))
        d.key(.enter)
        #expect(d.section.initiative(id) == nil)
        #expect(!d.section.agenda.contains { $0.subject == .initiative(id) })
        d.key(.character("u"))
        #expect(d.section.initiative(id) != nil)
    }

    @Test func clickSelectsACard() {
        var d = UIDriver(width: 200, height: 60)
        let view = App.boardView(d.state)
        let cols = StappenplanView.columns(count: view.stages.count, width: 198, selected: 0)
        // Column 8's first card starts on row 3 (tabs, header).
        d.send(.mouse(MouseEvent(x: 1 + 8 * cols.width + 2, y: 3, action: .press)))
        #expect(d.state.board.column == 8)
        #expect(App.selectedInitiative(d.state)?.title == "Literatuuronderwijs")
    }

    @Test func nextAfterStepTenIsClosingWithItsChecks() {
        var s = UIFixture.section()
        s.initiatives[1].stage = .step(10)  // Toetsmodel; no closing criterion yet
        s.initiatives[1].trial = TrialAgreement(
            what: "Nieuwe toetsen", until: Day(year: 2027, month: 1, day: 1))
        s.initiatives[1].experiences = [
            Experience(date: Day(year: 2026, month: 11, day: 1), text: "Goed ontvangen")
        ]
        var d = UIDriver(section: s)
        d.selectCard("Toetsmodel")
        d.key(.character(">"))
        guard case .confirm(let c) = d.state.dialog else {
            Issue.record("closing without a criterion asks"); return
        }
        #expect(c.details.contains { $0.contains(MissingRecord.closingCriterion.dutch) })
        d.key(.character("j"))
        #expect(d.initiative("Toetsmodel").stage == .closed)
        #expect(d.state.board.column == 11)
    }
}
