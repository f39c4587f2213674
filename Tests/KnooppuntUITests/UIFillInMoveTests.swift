import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// `i = nu invullen` in a move's confirmation: every record opens the same way as Enter opens its field,
/// and once it is filled in the move is made.
@Suite struct UIFillInMoveTests {
    /// A fixture initiative at `stage` with `change` applied.
    func driver(_ title: String, _ change: (inout Initiative) -> Void) -> UIDriver {
        var section = UIFixture.section()
        if let i = section.initiatives.firstIndex(where: { $0.title == title }) {
            change(&section.initiatives[i])
        }
        var d = UIDriver(section: section, width: 200, height: 60)
        d.selectCard(title)
        return d
    }

    @Test func aFilledInMotivationFinishesTheMove() {
        var d = driver("English Proficiency") { $0.initiators = [UIFixture.thomas.id] }
        d.key(.character(">"))
        d.key(.character("i"))
        #expect(d.state.editor?.field == .motivation)
        #expect(d.state.editor?.buffer != nil)
        d.type("Leerlingen halen het niveau niet")
        d.key(.tab)
        let moved = d.initiative("English Proficiency")
        #expect(moved.motivation == "Leerlingen halen het niveau niet")
        #expect(moved.stage == .step(2), "the move the user asked for is made")
        #expect(d.state.screen == .board, "back where the move was asked")
        #expect(App.selectedInitiative(d.state)?.id == moved.id, "the selection followed the card")
    }

    @Test func theOwnerIsChosenInThePickerAndTheMoveGoesOn() {
        var d = driver("English Proficiency") { $0.motivation = "Niveau omhoog" }
        d.key(.character(">"))
        d.key(.character("i"))
        guard case .choice = d.state.dialog else {
            Issue.record("the owner is chosen in the people picker")
            return
        }
        d.keys(.character(" "), .enter)
        #expect(d.initiative("English Proficiency").initiators == [UIFixture.gemma.id])
        #expect(d.initiative("English Proficiency").stage == .step(2))
    }

    @Test func aSecondMissingRecordIsAskedTheSameWay() {
        var d = driver("English Proficiency") { _ in }
        d.key(.character(">"))
        d.key(.character("i"))
        d.keys(.character(" "), .enter)  // Gemma as owner
        // The motivation is still missing: the same question, with `i`, for it.
        guard case .confirm(let c) = d.state.dialog else {
            Issue.record("the move asks again for the motivation")
            return
        }
        #expect(c.fillIn == .motivation)
        d.key(.character("i"))
        d.type("Omdat het moet")
        d.key(.tab)
        #expect(d.initiative("English Proficiency").stage == .step(2))
    }

    @Test func aGoalThenItsDateAreAskedBeforeTheMove() {
        var d = driver("Uitgangspunten voor klassenverdeling") { $0.stage = .step(4) }
        d.key(.character(">"))
        d.key(.character("i"))
        #expect(d.state.editor?.field == .goal)
        d.type("Heldere regels")
        d.key(.tab)
        #expect(d.state.editor?.field == .targetDate, "the record's second half opens")
        #expect(d.state.editor?.buffer != nil)
        d.type("1-7-2027")
        d.key(.enter)
        let moved = d.initiative("Uitgangspunten voor klassenverdeling")
        #expect(moved.targetDate == Day("2027-07-01"))
        #expect(moved.stage == .step(5))
    }

    @Test func anExperienceIsAddedThroughItsTwoPromptsAndTheMoveFollows() {
        var d = driver("Literatuuronderwijs") { $0.stage = .step(9) }
        d.key(.character(">"))
        d.key(.character("i"))
        guard case .prompt(let date) = d.state.dialog else {
            Issue.record("a new experience starts with its date")
            return
        }
        #expect(date.title.contains("ervaring"))
        d.key(.enter)
        d.type("Leerlingen lazen meer")
        d.key(.tab)
        #expect(d.initiative("Literatuuronderwijs").experiences.map(\.text) == ["Leerlingen lazen meer"])
        #expect(d.initiative("Literatuuronderwijs").stage == .step(10))
    }

    @Test func leavingTheRecordEmptyGivesUpTheMoveAndSaysSo() {
        var d = driver("English Proficiency") { $0.initiators = [UIFixture.thomas.id] }
        d.key(.character(">"))
        d.key(.character("i"))
        d.key(.escape)
        #expect(d.initiative("English Proficiency").stage == .step(1))
        #expect(d.state.editor?.pendingMove == nil)
        #expect(d.state.status?.contains("Niet verplaatst") == true)
        // A later edit of the field does not move the initiative behind the user's back.
        d.key(.enter)
        d.type("Later ingevuld")
        d.key(.tab)
        #expect(d.initiative("English Proficiency").stage == .step(1))
    }

    @Test func aMoveAskedInTheEditorKeepsTheEditorOpen() {
        var d = driver("English Proficiency") { $0.initiators = [UIFixture.thomas.id] }
        d.key(.enter)
        d.key(.character(">"))
        d.key(.character("i"))
        d.type("Het moet beter")
        d.key(.tab)
        #expect(d.initiative("English Proficiency").stage == .step(2))
        #expect(d.state.screen == .editor)
    }

    /// In meeting mode the move is asked with a note; filling in brings the user back to the meeting
    /// with the move made and the note in the history.
    @Test func fromMeetingModeTheMoveIsMadeWithItsNote() {
        var d = UIMeetingTests.meeting(4)
        d.key(.down)  // English Proficiency, step 1, no owner and no motivation
        d.key(.character(">"))
        d.type("Thomas pakt het op")
        d.key(.tab)
        d.key(.character("i"))
        d.keys(.down, .down, .down, .character(" "), .enter)  // Thomas
        d.key(.character("i"))
        d.type("Het niveau moet omhoog")
        d.key(.tab)
        let moved = d.initiative("English Proficiency")
        #expect(moved.stage == .step(2))
        #expect(moved.initiators == [UIFixture.thomas.id])
        #expect(moved.history.last?.note == "Overleg 4: Thomas pakt het op")
        #expect(d.state.screen == .meeting)
    }
}
