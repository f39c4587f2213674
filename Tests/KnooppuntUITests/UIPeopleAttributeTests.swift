import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Screen 5's attributes: added, changed and removed with `a`, values offered from those in use.
@Suite struct UIPeopleAttributeTests {
    @Test func anAttributeIsAddedOfferedToTheNextPersonAndRemoved() {
        var d = UIDriver(width: 80, height: 24)
        d.key(.character("5"))
        d.key(.character("a"))
        #expect(d.screen.contains("Kenmerken van Gemma de Vries"))
        d.key(.enter)  // + kenmerk toevoegen; the section has none yet, so the key is typed
        #expect(d.screen.contains("Nieuw kenmerk"))
        d.type("Bouw")
        d.key(.enter)
        d.key(.enter)  // andere waarde typen…
        d.type("onderbouw")
        d.key(.enter)
        #expect(d.section.person(UIFixture.gemma.id)?.attributes == ["bouw": "onderbouw"])
        #expect(d.screen.contains("bouw onderbouw"))
        // Caroline is offered the key and the value already in use.
        d.key(.down)
        d.key(.character("a"))
        d.key(.enter)
        #expect(d.screen.contains("Welk kenmerk?"))
        d.key(.enter)  // bouw
        #expect(d.screen.contains("onderbouw"))
        d.key(.enter)  // onderbouw
        #expect(d.section.person(UIFixture.caroline.id)?.attributes == ["bouw": "onderbouw"])
        // Changed to a typed value.
        d.key(.character("a"))
        d.key(.enter)  // bouw: onderbouw
        d.keys(.down, .enter)  // andere waarde typen…
        d.keys(.control("a"), .control("k"))
        d.type("Bovenbouw")
        d.key(.enter)
        #expect(d.section.person(UIFixture.caroline.id)?.attributes == ["bouw": "Bovenbouw"])
        // Removed, and the removal undone.
        d.key(.character("a"))
        d.key(.enter)
        d.keys(.down, .down, .down, .enter)  // bovenbouw, onderbouw, typen…, weghalen
        #expect(d.section.person(UIFixture.caroline.id)?.attributes == [:])
        d.key(.character("u"))
        #expect(d.section.person(UIFixture.caroline.id)?.attributes == ["bouw": "Bovenbouw"])
        #expect(d.grid.rowsFit)
    }

    @Test func thePersonViewShowsTheAttributes() {
        var section = UIFixture.section()
        section.people[0].attributes = ["bouw": "onderbouw", "gender": "v"]
        let view = PersonView(
            section: section, person: section.people[0], context: ScreenContext(language: .nl))
        #expect(view.printed(width: 80).plainText().contains("Kenmerken: bouw onderbouw · gender v"))
    }
}
