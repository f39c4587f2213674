import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// "Ik ben …" in 6 Mijn: `i` remembers the person on this machine, and the screen opens on them.
@Suite struct UIMineChosenTests {
    @Test func iRemembersThePersonAndTheNextStartOpensOnThem() {
        var d = UIDriver()
        d.key(.character("6"))
        d.keys(.down, .down)  // Fred Jansen
        d.key(.character("i"))
        #expect(d.effects.contains(.rememberChosenPerson(slug: "sectie-engels", person: UIFixture.fred.id)))
        #expect(d.screen.contains("Ik ben FJ"))
        #expect(d.screen.contains("●Fred Jansen"))

        // A new start with what this machine remembered.
        var state = AppState(
            options: AppOptions(language: .nl, color: true, today: UIFixture.today),
            sections: [SectionSummary(slug: "sectie-engels", section: UIFixture.section())])
        state.chosenPeople = ["sectie-engels": UIFixture.fred.id]
        _ = App.update(&state, .resize(width: 200, height: 60))
        _ = App.update(
            &state, .app(.opened(slug: "sectie-engels", section: UIFixture.section(), revision: 1)))
        #expect(state.section.people[state.mine.person].id == UIFixture.fred.id)
    }

    @Test func withoutAChoiceTheScreenAsksWhoYouAre() {
        var d = UIDriver()
        d.key(.character("6"))
        #expect(d.screen.contains("Wie ben je? (i)"))
        #expect(d.state.mine.person == 0)
    }
}
