import KnooppuntModel
import Testing

@testable import KnooppuntUI

@Suite struct UIEditorTests {
    /// Opens Literatuuronderwijs in the editor and selects `field`.
    static func editor(_ field: EditorField, width: Int = 200, height: Int = 60) -> UIDriver {
        var d = UIDriver(width: width, height: height)
        d.selectCard("Literatuuronderwijs")
        d.key(.enter)
        // Enter opens at the title without typing into it.
        #expect(d.state.editor?.buffer == nil)
        while d.state.editor?.field != field { d.key(.down) }
        return d
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func editorShowsEveryField(width: Int, height: Int) {
        var d = Self.editor(.title, width: width, height: height)
        #expect(d.state.screen == .editor)
        #expect(d.state.editor?.buffer == nil)
        #expect(d.saves.isEmpty)
        var seen = Set<String>()
        for field in EditorField.allCases {
            d.state.editor?.field = field
            let text = d.screen
            #expect(d.grid.rowsFit)
            if text.contains(field.label(.nl)) { seen.insert(field.label(.nl)) }
        }
        #expect(seen.count == EditorField.allCases.count)
        d.state.editor?.field = .title
        let text = d.screen
        #expect(text.contains("Stap 8 · Uitproberen initiatief"))
        #expect(text.contains("GdV Gemma de Vries"))
    }

    @Test func typingDutchTextWithCursorMovesAndPaste() {
        var d = Self.editor(.goal)
        d.key(.enter)
        #expect(d.state.editor?.buffer?.text == "Leesportfolio in 4 vwo")
        // Clear the field, then type with diacritics.
        d.keys(.control("a"), .control("k"))
        d.type("Leerlingen lezen één roman")
        d.key(.home)
        d.key(.wordRight)  // after "Leerlingen"
        d.type(" uit 4 vwo")
        d.key(.end)
        d.key(.backspace)  // "roma"
        d.type("n per periode")
        d.key(.wordLeft)  // before "periode"
        d.key(.left)  // after "per"
        d.key(.left)  // between "pe" and "r"
        d.key(.delete)  // "pe periode"
        d.type("r")  // "per periode" again
        d.key(.end)
        d.send(.paste("\nZoë's café\u{1B}[2J"))  // the escape character never enters the text
        #expect(
            d.state.editor?.buffer?.text == "Leerlingen uit 4 vwo lezen één roman per periode\nZoë's café[2J")
        let shown = d.screen
        #expect(shown.contains("Leerlingen uit 4 vwo lezen één roman"))
        #expect(!shown.contains("\u{1B}"))
        d.key(.escape)
        #expect(d.state.editor?.buffer == nil)
        #expect(d.initiative("Literatuuronderwijs").goal.hasPrefix("Leerlingen uit 4 vwo lezen één roman"))
        #expect(d.initiative("Literatuuronderwijs").goal.contains("\nZoë's café[2J"))
        #expect(d.saves.count == 1)
    }

    @Test func cursorMovesOverGraphemesNotScalars() {
        var buffer = TextBuffer("Zoe\u{0308} é", multiline: false)  // "Zoë" with a combining diaeresis
        #expect(buffer.cursor == 5)
        buffer.left(); buffer.left(); buffer.left()
        #expect(buffer.cursor == 2)
        buffer.deleteForward()  // removes the whole "ë"
        #expect(buffer.text == "Zo é")
        buffer.wordRight()  // over the space and "é"
        #expect(buffer.cursor == 4)
        buffer.wordLeft()
        #expect(buffer.cursor == 3)
    }

    @Test func controlUClearsTheLineUpToTheCursor() {
        var buffer = TextBuffer(
            "eerste regel\n" + String(repeating: "2026-02-30", count: 1000), multiline: true)
        let handled = buffer.handle(.control("u"))
        #expect(handled)
        #expect(buffer.text == "eerste regel\n")
        buffer.insert("tweede")
        buffer.left()
        _ = buffer.handle(.control("u"))
        #expect(buffer.text == "eerste regel\ne")
        #expect(buffer.cursor == 13)
    }

    @Test func multiLineCursorGoesUpAndDownByColumn() {
        var buffer = TextBuffer("abcdef\nxy\nlonger line", multiline: true)
        buffer.vertical(-1)  // from the end of "longer line" (col 11) to the end of "xy"
        #expect(buffer.cursor == 9)
        buffer.vertical(-1)
        #expect(buffer.cursor == 2)
        buffer.home()
        #expect(buffer.cursor == 0)
        buffer.vertical(1)
        buffer.vertical(1)
        buffer.end()
        #expect(buffer.cursor == buffer.characters.count)
        buffer.insert("\r\nnext\tline\u{07}")
        #expect(buffer.text.hasSuffix("longer line\nnext line"))
    }

    @Test func secondEscapeLeavesARefusedFieldAsItWas() {
        var d = Self.editor(.targetDate)
        let before = d.initiative("Literatuuronderwijs").targetDate
        d.key(.enter)
        d.send(.paste(String(repeating: "2026-02-30 ", count: 900)))
        d.key(.escape)
        // Still typing, told why and how to get out.
        #expect(d.state.editor?.buffer != nil)
        #expect(d.state.status?.hasPrefix("Nog eens Esc = veld ongewijzigd") == true)
        d.key(.escape)
        #expect(d.state.editor?.buffer == nil)
        #expect(d.state.editor?.field == .targetDate)
        #expect(d.initiative("Literatuuronderwijs").targetDate == before)
        // Typing in between asks again: one Esc after a new key does not drop the text.
        d.key(.enter)
        d.keys(.control("a"), .control("k"))
        d.type("2026-02-30")
        d.key(.escape)
        d.type("x")
        d.key(.escape)
        #expect(d.state.editor?.buffer != nil)
    }

    @Test func emptyTitleIsRefusedAndTypingContinues() {
        var d = Self.editor(.title)
        d.key(.enter)
        d.keys(.control("a"), .control("k"))
        d.key(.escape)
        #expect(d.state.editor?.buffer != nil)
        #expect(d.state.status?.hasSuffix(TextRefusal.empty.dutch) == true)
        #expect(d.initiative("Literatuuronderwijs").title == "Literatuuronderwijs")
        d.type("Literatuur in de bovenbouw")
        d.key(.enter)
        #expect(d.section.initiative(UIFixture.literatuur.id)?.title == "Literatuur in de bovenbouw")
    }

    @Test func badDateIsRefusedAndAGoodOneStored() {
        var d = Self.editor(.targetDate)
        d.key(.enter)
        d.keys(.control("a"), .control("k"))
        d.type("2027-02-30")
        d.key(.enter)
        #expect(d.state.editor?.buffer != nil)
        #expect(d.state.status?.contains("JJJJ-MM-DD") == true)
        d.keys(.backspace, .backspace)
        d.type("28")
        d.key(.enter)
        #expect(d.initiative("Literatuuronderwijs").targetDate == Day(year: 2027, month: 2, day: 28))
        // Day first, as a Dutch teacher writes it.
        d.key(.enter)
        d.keys(.control("a"), .control("k"))
        d.type("1-7-2027")
        d.key(.enter)
        #expect(d.initiative("Literatuuronderwijs").targetDate == Day(year: 2027, month: 7, day: 1))
        // Empty clears the date.
        d.key(.enter)
        d.keys(.control("a"), .control("k"), .enter)
        #expect(d.initiative("Literatuuronderwijs").targetDate == nil)
    }

    @Test func involvedPeopleAndTheirPositions() {
        var d = Self.editor(.involved)
        #expect(d.screen.contains("[· p · · ·] JS Jochem Smit"))
        // Add Thomas (index 3) through the picker.
        d.key(.enter)
        d.keys(.down, .down, .down, .character(" "), .enter)
        let involved = d.initiative("Literatuuronderwijs").involved
        #expect(involved.map(\.personID) == [UIFixture.jochem.id, UIFixture.thomas.id])
        #expect(involved[1].positions == [.partner])
        // Select Thomas and make him schakel and leverancier, not partner.
        d.key(.right)
        d.keys(.character("s"), .character("l"), .character("p"))
        #expect(d.initiative("Literatuuronderwijs").involved[1].positions == [.schakel, .supplier])
        #expect(d.screen.contains("[· · s l ·] TV Thomas Visser"))
        // The last position cannot be taken away; d removes the person after confirmation.
        d.keys(.character("s"), .character("l"))
        #expect(d.state.statusIsError)
        d.keys(.character("d"), .enter)
        #expect(d.initiative("Literatuuronderwijs").involved.map(\.personID) == [UIFixture.jochem.id])
    }

    @Test func experiencesAreADatedList() {
        var d = Self.editor(.experiences)
        d.key(.character("n"))
        d.keys(.control("a"), .control("k"))
        d.type("2026-11-12")
        d.key(.enter)
        d.type("Leerlingen kozen zélf hun boek.")
        d.key(.control("s"))
        let experiences = d.initiative("Literatuuronderwijs").experiences
        #expect(
            experiences == [
                Experience(date: Day(year: 2026, month: 11, day: 12), text: "Leerlingen kozen zélf hun boek.")
            ])
        #expect(d.screen.contains("2026-11-12  Leerlingen kozen zélf hun boek."))
    }

    @Test func anExperienceCanBeRewritten() {
        var d = Self.editor(.experiences)
        d.key(.character("n"))
        d.key(.enter)  // today's date
        d.type("Eerste indruk")
        d.key(.control("s"))
        d.key(.enter)  // edit the selected experience
        d.keys(.control("a"), .control("k"))
        d.type("Leerlingen lazen méér dan verwacht")
        d.key(.tab)
        #expect(
            d.initiative("Literatuuronderwijs").experiences.map(\.text) == [
                "Leerlingen lazen méér dan verwacht"
            ])
        #expect(d.initiative("Literatuuronderwijs").experiences.first?.date == UIFixture.today)
    }

    @Test func historyIsATimeline() {
        let d = Self.editor(.history)
        #expect(d.screen.contains("2026-10-22  7 → 8: pilot in 4 vwo"))
    }

    @Test func interruptWhileTypingKeepsTheTextAndQuits() {
        var d = Self.editor(.motivation)
        d.key(.enter)
        d.type(" — ook voor havo")
        d.acknowledgeSaves = false
        d.send(.interrupt)
        #expect(d.effects.last == .quit)
        #expect(
            d.saves.last?.section.initiative(UIFixture.literatuur.id)?.motivation
                == "Meer plezier in lezen — ook voor havo")
    }

    @Test func typingIsSavedOnEveryTickAndIsOneUndoStep() {
        var d = Self.editor(.approach)
        let before = d.initiative("Literatuuronderwijs")
        d.key(.enter)
        d.type(" en een leesclub")
        d.send(.tick(Double(UIFixture.today.ordinal) * 86400 + 3600))
        // Saved while still typing: a killed process loses at most a second of work.
        #expect(d.state.editor?.buffer != nil)
        #expect(
            d.saves.last?.section.initiative(before.id)?.approach
                == "Leesdossier met gesprekken en een leesclub")
        d.type(" op vrijdag")
        d.send(.tick(Double(UIFixture.today.ordinal) * 86400 + 3601))
        #expect(
            d.saves.last?.section.initiative(before.id)?.approach
                == "Leesdossier met gesprekken en een leesclub op vrijdag")
        d.key(.escape)
        #expect(
            d.initiative("Literatuuronderwijs").approach
                == "Leesdossier met gesprekken en een leesclub op vrijdag")
        // One undo takes the whole typing session back.
        d.key(.character("u"))
        #expect(d.initiative("Literatuuronderwijs") == before)
    }

    @Test func clickingATabWhileTypingSavesFirst() {
        var d = Self.editor(.goal)
        d.key(.enter)
        d.type("!")
        d.send(.mouse(MouseEvent(x: 20, y: 0, action: .press)))  // the Jaaragenda tab
        #expect(d.state.screen == .agenda)
        #expect(d.initiative("Literatuuronderwijs").goal == "Leesportfolio in 4 vwo!")
        #expect(d.saves.last?.section.initiative(UIFixture.literatuur.id)?.goal == "Leesportfolio in 4 vwo!")
        #expect(!d.state.saveInFlight)
    }

    @Test func lettersMoveBetweenFieldsUntilEnterStartsTyping() {
        var d = Self.editor(.title)
        d.keys(.character("j"), .character("j"))
        #expect(d.state.editor?.field == .initiators)
        #expect(d.initiative("Literatuuronderwijs") == UIFixture.literatuur)
        #expect(d.saves.isEmpty)
    }

    @Test func interruptWhileTypingAMeetingNoteKeepsIt() {
        var d = UIMeetingTests.meeting(4)
        d.keys(.down, .down)
        d.key(.enter)
        d.type("Half af, volgende keer verder")
        d.send(.interrupt)
        #expect(d.effects.last == .quit)
        #expect(
            d.saves.last?.section.initiative(UIFixture.literatuur.id)?.history.last?.note
                == "Overleg 4: Half af, volgende keer verder")
    }

    @Test func escapeReturnsToTheBoardWithTheCardSelected() {
        var d = Self.editor(.title)
        d.key(.character(">"))  // 8 → 9 (trial agreements are recorded)
        #expect(d.initiative("Literatuuronderwijs").stage == .step(9))
        d.key(.escape)
        #expect(d.state.screen == .board)
        #expect(App.selectedInitiative(d.state)?.title == "Literatuuronderwijs")
        #expect(d.state.board.column == 9)
    }
}
