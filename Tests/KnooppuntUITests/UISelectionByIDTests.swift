import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The board's and the jaaragenda's selections are kept by id: undo, a reload or a merge that reorders
/// what is shown leaves the selection on the same initiative, meeting and entry.
@Suite struct UISelectionByIDTests {
    @Test func aReloadThatAddsACardAboveKeepsTheSelectedCard() {
        var d = UIDriver()
        d.selectCard("Literatuuronderwijs")
        d.key(.down)
        d.key(.up)  // the selection is now the user's own
        var theirs = d.section
        // Another machine adds an initiative at step 8 that sorts before it.
        theirs.initiatives.append(
            Initiative(title: "Aardrijkskunde samen", stage: .step(8), created: UIFixture.today))
        d.send(
            .app(.changedOnDisk(slug: "sectie-engels", section: theirs, revision: 9, summary: "1 initiatief"))
        )
        #expect(App.selectedInitiative(d.state)?.title == "Literatuuronderwijs")
    }

    @Test func undoThatPutsACardBackAboveKeepsTheSelectedCard() {
        var section = UIFixture.section()
        if let i = section.initiatives.firstIndex(where: { $0.title == "English Proficiency" }) {
            section.initiatives[i].stage = .step(8)
        }
        var d = UIDriver(section: section)
        // English Proficiency leaves step 8 (a change made elsewhere, in meeting mode say).
        var changed = d.section
        if let i = changed.initiatives.firstIndex(where: { $0.title == "English Proficiency" }) {
            changed.initiatives[i].stage = .step(1)
        }
        _ = App.change(&d.state, to: changed)
        d.selectCard("Literatuuronderwijs")
        d.keys(.down, .up)
        #expect(d.state.board.row == 0)
        // Undo brings English Proficiency back above it: the selection stays on Literatuuronderwijs.
        d.key(.character("u"))
        #expect(d.initiative("English Proficiency").stage == .step(8))
        #expect(App.selectedInitiative(d.state)?.title == "Literatuuronderwijs")
    }

    @Test func theJaaragendaKeepsItsMeetingWhenAMeetingIsInsertedBefore() {
        var d = UIDriver()
        d.key(.character("2"))
        d.keys(.down, .down, .down, .down)
        let view = App.agendaView(d.state)
        let meeting = view.meetings[d.state.agenda.meeting].id
        let entry = App.selectedEntry(d.state, view)?.id
        var theirs = d.section
        theirs.meetings.append(Meeting(number: 0, date: Day(year: 2026, month: 9, day: 1)))
        d.send(
            .app(.changedOnDisk(slug: "sectie-engels", section: theirs, revision: 9, summary: "1 overleg")))
        let after = App.agendaView(d.state)
        #expect(after.meetings[d.state.agenda.meeting].id == meeting)
        #expect(App.selectedEntry(d.state, after)?.id == entry)
    }
}
