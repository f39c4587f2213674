import KnooppuntModel
import Testing

@testable import KnooppuntUI

@Suite struct UIPeopleTests {
    @Test(arguments: [(80, 24), (200, 60)])
    func peopleListAndPrivateNotesOnlyWhenAsked(width: Int, height: Int) {
        var d = UIDriver(width: width, height: height)
        d.key(.character("5"))
        #expect(d.grid.rowsFit)
        #expect(d.screen.contains("Gemma de Vries"))
        #expect(d.screen.contains("Theo de Boer"))
        #expect(!d.screen.contains("GEHEIM"))
        d.key(.character("v"))
        #expect(d.screen.contains("GEHEIM"))
        d.key(.character("v"))
        #expect(!d.screen.contains("GEHEIM"))
    }

    @Test func removingAPersonTakesThemOutOfAllDataAfterConfirmation() {
        var d = UIDriver()
        d.key(.character("5"))
        // Gemma: initiator of Literatuuronderwijs, involved in Toetsmodel.
        d.key(.character("d"))
        #expect(d.screen.contains("Gemma de Vries uit alle gegevens verwijderen?"))
        d.key(.character("n"))
        #expect(d.section.person(UIFixture.gemma.id) != nil)
        d.key(.character("d"))
        d.key(.character("j"))
        #expect(d.section.person(UIFixture.gemma.id) != nil)
        d.key(.enter)
        #expect(d.section.person(UIFixture.gemma.id) == nil)
        #expect(
            !d.section.initiatives.contains {
                $0.initiators.contains(UIFixture.gemma.id)
                    || $0.involved.contains { $0.personID == UIFixture.gemma.id }
            })
        d.key(.character("u"))
        #expect(d.section.person(UIFixture.gemma.id) != nil)
    }

    @Test func aOneLinePromptShowsItsKeys() {
        var d = UIDriver(width: 80, height: 24)
        d.key(.character("5"))
        d.key(.character("n"))
        #expect(d.screen.contains("Enter = klaar  Esc = annuleren"))
        #expect(d.grid.rowsFit)
    }

    @Test func aPrivateNoteSaysHowToSaveItAndIsUndoable() {
        var d = UIDriver(width: 80, height: 24)
        d.key(.character("5"))
        d.key(.down)  // Caroline
        d.key(.character("v"))
        d.key(.character("e"))
        d.keys(.down, .down, .down)  // name, initials, role, private note
        d.key(.enter)
        d.type("Zoekt een baan")
        d.key(.enter)  // a new line, not the end of the note
        d.type("dichter bij huis")
        // The keys are on its bottom border; the hint says where the note lives.
        #expect(d.screen.contains("Tab = opslaan"))
        #expect(d.screen.contains("Alleen op deze computer, nooit in het gedeelde"))
        #expect(d.section.person(UIFixture.caroline.id)?.privateNote == "")
        d.key(.tab)
        #expect(d.section.person(UIFixture.caroline.id)?.privateNote == "Zoekt een baan\ndichter bij huis")
        d.key(.character("u"))
        #expect(d.section.person(UIFixture.caroline.id)?.privateNote == "")
        d.key(.control("r"))
        #expect(d.section.person(UIFixture.caroline.id)?.privateNote == "Zoekt een baan\ndichter bij huis")
    }

    @Test func editingAPersonValidatesTheName() {
        var d = UIDriver()
        d.key(.character("5"))
        d.key(.down)  // Caroline
        d.key(.character("e"))
        d.key(.enter)  // name
        d.keys(.control("a"), .control("k"))
        d.key(.enter)
        guard case .prompt(let p) = d.state.dialog else { Issue.record("prompt should stay"); return }
        #expect(p.error == TextRefusal.empty.dutch)
        d.type("Caroline Bakker-Öztürk")
        d.key(.enter)
        #expect(d.section.person(UIFixture.caroline.id)?.name == "Caroline Bakker-Öztürk")
        // Area through a choice.
        d.key(.character("e"))
        d.key(.end)
        d.key(.enter)
        d.key(.down)
        d.key(.enter)
        #expect(d.section.person(UIFixture.caroline.id)?.area == .school)
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func myInitiativesShowsStepNextAndNextMeeting(width: Int, height: Int) {
        var d = UIDriver(width: width, height: height)
        d.key(.character("6"))
        // Gemma (first person): initiator of Literatuuronderwijs, involved in Toetsmodel.
        let text = d.screen
        #expect(d.grid.rowsFit)
        #expect(text.contains("Literatuuronderwijs — initiatiefnemer"))
        #expect(text.contains("Toetsmodel — betrokken (p)"))
        #expect(text.contains("stap 8 · Uitproberen initiatief"))
        // Next meeting from 2026-11-21 where Literatuuronderwijs is on the agenda: overleg 3 (2026-12-03).
        #expect(text.contains("overleg 3 (2026-12-03):"))
        if width >= 100 { #expect(text.contains("overleg 3 (2026-12-03): ervaringen uitwisselen")) }
        // English Proficiency has no owner: nobody sees it as theirs.
        #expect(!text.contains("English Proficiency"))
        // Enter on an initiative opens the editor (board order: Toetsmodel at 7, then Literatuuronderwijs).
        d.keys(.right, .down, .enter)
        #expect(d.state.screen == .editor)
        #expect(d.state.editor?.initiativeID == UIFixture.literatuur.id)
    }
}
