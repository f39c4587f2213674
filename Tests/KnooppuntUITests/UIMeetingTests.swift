import KnooppuntModel
import Testing

@testable import KnooppuntUI

@Suite struct UIMeetingTests {
    /// Opens meeting mode with `m` and picks meeting `number` from the list.
    static func meeting(_ number: Int, width: Int = 200, height: Int = 60) -> UIDriver {
        var d = UIDriver(width: width, height: height)
        d.key(.character("m"))
        guard case .choice(let c) = d.state.dialog else { fatalError("expected the meeting list") }
        // The next meeting from today (2026-11-21) is overleg 3.
        #expect(c.selected == 2)
        while case .choice(let c) = d.state.dialog, c.selected != number - 1 {
            d.key(c.selected < number - 1 ? .down : .up)
        }
        d.key(.enter)
        return d
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func meetingFourHasALargeHeadingAndItsItemsByColumn(width: Int, height: Int) {
        let d = Self.meeting(4, width: width, height: height)
        #expect(d.state.screen == .meeting)
        let text = d.screen
        #expect(d.grid.rowsFit)
        #expect(text.contains("OVERLEG 4"))
        #expect(text.contains("donderdag 21 januari 2027"))
        if height >= 40 {
            // Projector size: the 4 in five-row block digits (101 / 101 / 111 / 001 / 001).
            let rows = (0..<d.grid.height).map { d.grid.line($0) }
            let top = rows.firstIndex { $0.hasPrefix("  ██  ██") }
            #expect(top != nil)
            if let top {
                #expect(rows[top + 2].hasPrefix("  ██████"))
                #expect(rows[top + 4].hasPrefix("      ██"))
            }
        } else {
            #expect(text.contains("┗━┫"))  // the three-row 4
            #expect(!text.contains("██"))
        }
        #expect(text.contains("P Plannen bespreken"))
        #expect(text.contains("▶ Uitgangspunten voor klassenverdeling"))
        #expect(text.contains("English Proficiency"))
        if height >= 40 {
            #expect(text.contains("PTA aanpassen"))
            #expect(text.contains("Toetsmodel"))
        }
    }

    @Test func privateNotesNeverAppearInMeetingMode() {
        var d = Self.meeting(4)
        for _ in 0..<4 {
            #expect(!d.screen.contains("GEHEIM"))
            d.key(.down)
        }
        // Not even while people show their private notes on screen 5.
        d.state.people.showPrivate = true
        #expect(!d.screen.contains("GEHEIM"))
    }

    @Test func noteIsRecordedIntoHistoryAndUndoRedoWork() {
        var d = Self.meeting(4)
        // Item 3 of meeting 4: Literatuuronderwijs (Ervaringen uitwisselen).
        d.keys(.down, .down)
        #expect(d.screen.contains("▶ Literatuuronderwijs"))
        let before = d.initiative("Literatuuronderwijs")
        d.key(.enter)
        d.type("Besluit: pilot uitbreiden naar 5 vwo.")
        d.key(.enter)
        d.type("Gemma coördineert.")
        d.key(.control("s"))
        let after = d.initiative("Literatuuronderwijs")
        #expect(after.stage == .step(8))
        #expect(after.history.count == before.history.count + 1)
        #expect(
            after.history.last
                == StepChange(
                    from: .step(8), to: .step(8), date: UIFixture.today,
                    note: "Overleg 4: Besluit: pilot uitbreiden naar 5 vwo.\nGemma coördineert."))
        #expect(d.saves.count == 1)
        #expect(d.screen.contains("Laatste notitie 2026-11-21: Overleg 4: Besluit: pilot uitbreiden"))
        // A note does not restart the days in this step.
        #expect(Stappenplan.daysInStage(after, today: UIFixture.today) == 30)
        d.key(.character("u"))
        #expect(d.initiative("Literatuuronderwijs") == before)
        #expect(d.saves.count == 2)
        #expect(d.saves.last?.section.initiative(before.id) == before)
        d.key(.control("r"))
        #expect(d.initiative("Literatuuronderwijs") == after)
        #expect(d.saves.count == 3)
    }

    @Test func advancingFromMeetingModeCarriesTheDecision() {
        var d = Self.meeting(4)
        d.keys(.down, .down)  // Literatuuronderwijs at step 8, trial agreements recorded
        d.key(.character(">"))
        d.type("Ervaringen verzamelen")
        d.key(.control("s"))
        let l = d.initiative("Literatuuronderwijs")
        #expect(l.stage == .step(9))
        #expect(l.history.last?.note == "Overleg 4: Ervaringen verzamelen")
        // English Proficiency (item 2) has no owner: the move asks first.
        d.key(.up)
        d.key(.character(">"))
        d.key(.control("s"))
        if case .confirm = d.state.dialog {} else { Issue.record("a move with missing records asks") }
        d.key(.character("n"))
        #expect(d.initiative("English Proficiency").stage == .step(1))
    }

    @Test func timerRunsPerItemOnTicks() {
        var d = Self.meeting(4)
        d.send(.tick(1000))
        d.key(.character("t"))
        d.send(.tick(1065))
        #expect(d.screen.contains("⏱ 01:05"))
        d.key(.character("t"))
        d.send(.tick(1200))
        #expect(d.screen.contains("⏱ 01:05"))
        d.key(.down)
        // The banner shows no running clock for the next item; the first item keeps its time in the list.
        let banner = (1...3).map { d.grid.line($0) }.joined()
        #expect(!banner.contains("⏱"))
        #expect(
            d.screen.contains("Uitgangspunten voor klassenverdeling — stap 3 Informeren · HM TdB ⚠  ⏱ 01:05"))
    }

    @Test func clickSelectsAnItem() {
        var d = Self.meeting(4, width: 80, height: 24)
        let lines = (0..<d.height).map { d.grid.line($0) }
        let y = lines.firstIndex { $0.contains("Toetsmodel — stap 7") }!
        d.send(.mouse(MouseEvent(x: 10, y: y, action: .press)))
        #expect(d.state.meeting.index == 3)
        #expect(d.screen.contains("▶ Toetsmodel"))
    }

    @Test func oneEscapeDoesNotThrowAwayATypedNote() {
        var d = Self.meeting(4)
        d.keys(.down, .down)
        let before = d.initiative("Literatuuronderwijs")
        d.key(.enter)
        d.type("Besluit: pilot in 5 vwo")
        #expect(d.screen.contains("Tab = opslaan  Enter = nieuwe regel  Esc = annuleren"))
        d.key(.escape)
        // Still open, with the text and a sentence saying how to save or drop it.
        guard case .prompt(let p) = d.state.dialog else {
            Issue.record("the note prompt closed on the first Esc")
            return
        }
        #expect(p.buffer.text == "Besluit: pilot in 5 vwo")
        #expect(d.screen.contains("nog eens Esc gooit weg"))
        d.key(.tab)
        #expect(
            d.initiative("Literatuuronderwijs").history.last?.note == "Overleg 4: Besluit: pilot in 5 vwo")
        // A second Esc really drops the text, and typing in between asks again.
        d.key(.enter)
        d.type("weg")
        d.key(.escape)
        d.type("!")
        d.key(.escape)
        #expect(d.state.dialog != nil)
        d.key(.escape)
        #expect(d.state.dialog == nil)
        #expect(d.initiative("Literatuuronderwijs").history.count == before.history.count + 1)
        // An untouched prompt closes on the first Esc.
        d.key(.enter)
        d.key(.escape)
        #expect(d.state.dialog == nil)
    }

    @Test func theNotePromptsKeysFitAt60Columns() {
        var d = Self.meeting(4, width: 60, height: 18)
        d.key(.enter)
        #expect(d.screen.contains("Tab = opslaan  Enter = nieuwe regel  Esc = annuleren"))
        d.type("Besluit")
        d.key(.escape)
        #expect(d.screen.contains("Tab slaat op; nog eens Esc gooit weg."))
        #expect(d.grid.rowsFit)
    }

    @Test func meetingModeSwitchesPrivateNotesOff() {
        var d = UIDriver()
        d.key(.character("5"))
        d.key(.character("v"))
        #expect(d.screen.contains("GEHEIM"))
        d.key(.character("m"))
        // The meeting list is drawn over the people screen: the note is gone from it, and stays off.
        #expect(!d.screen.contains("GEHEIM"))
        d.key(.escape)
        #expect(!d.screen.contains("GEHEIM"))
    }

    @Test func escapeLeavesMeetingMode() {
        var d = Self.meeting(4)
        d.key(.escape)
        #expect(d.state.screen == .board)
    }
}
