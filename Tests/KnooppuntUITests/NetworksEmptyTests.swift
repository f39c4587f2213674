import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// A new section: screens 3 and 4 say how to start, and what the user types is visible.
@Suite("Networks screens of a new section")
struct NetworksEmptyTests {
    let context = ScreenContext(sharedScreen: true, today: Day(year: 2026, month: 11, day: 21))

    func newSection() -> Section {
        Section(name: "Sectie Frans", people: [Person(name: "Anaïs Petit"), Person(name: "Noël Dubois")])
    }

    @Test("Without a sociogram, n shows its name prompt while typing, and the screen says how to start")
    func sociogramPromptVisible() {
        var section = newSection()
        var screen = SociogramScreen()
        let empty = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
            .plainText()
        #expect(empty.contains("n = nieuw sociogram"))
        #expect(empty.contains("sociomatrix"))
        _ = screen.handle(.key(.character("n")), section: &section, context: context)
        for ch in "Frans" { _ = screen.handle(.key(.character(ch)), section: &section, context: context) }
        let typing = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
            .plainText()
        #expect(typing.contains("Naam van het nieuwe sociogram:"))
        #expect(typing.contains("Frans"))
        _ = screen.handle(.key(.enter), section: &section, context: context)
        // The new sociogram has people but no choices: the screen points to the sociomatrix.
        let fresh = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
            .plainText()
        #expect(fresh.contains("Nog geen keuzes in deze meting: s = sociomatrix"))
    }

    @Test("An empty ecogram and network analysis say which keys start them")
    func ecogramAndAnalysisGuidance() {
        var section = newSection()
        var screen = NetworksScreen()
        let none = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
            .plainText()
        #expect(none.contains("Nog geen ecogram. n = nieuw"))
        _ = screen.handle(.key(.character("n")), section: &section, context: context)
        for ch in "Anaïs" { _ = screen.handle(.key(.character(ch)), section: &section, context: context) }
        _ = screen.handle(.key(.enter), section: &section, context: context)
        let centreOnly = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
            .plainText()
        #expect(centreOnly.contains("Nog geen contacten: a = contact erbij"))
        _ = screen.handle(.key(.tab), section: &section, context: context)
        let analysis = NetworksFixture.render(screen, section, width: 200, height: 60, context: context)
            .plainText()
        #expect(analysis.contains("Nog geen netwerkanalyse. n = nieuw"))
        // One link and one ingredient are counted in the singular.
        _ = screen.handle(.key(.character("n")), section: &section, context: context)
        for ch in "Leesclub" { _ = screen.handle(.key(.character(ch)), section: &section, context: context) }
        _ = screen.handle(.key(.enter), section: &section, context: context)
        _ = screen.handle(.key(.character("a")), section: &section, context: context)
        for ch in "Noël" { _ = screen.handle(.key(.character(ch)), section: &section, context: context) }
        _ = screen.handle(.key(.enter), section: &section, context: context)
        _ = screen.handle(.key(.character("i")), section: &section, context: context)
        for ch in "Boekenkast" {
            _ = screen.handle(.key(.character(ch)), section: &section, context: context)
        }
        _ = screen.handle(.key(.enter), section: &section, context: context)
        let one = NetworksFixture.render(screen, section, width: 200, height: 60, context: context)
            .plainText()
        #expect(one.contains("1 schakel, 1 ingrediënt, 1 nog zonder schakel"))
    }

    @Test("With short first names the sociomatrix still shows the whole word under its last row")
    func chosenWordWhole() {
        var section = Section(name: "Sectie Frans", people: [Person(name: "Anaïs"), Person(name: "Noël")])
        var screen = SociogramScreen()
        _ = screen.handle(.key(.character("n")), section: &section, context: context)
        _ = screen.handle(.key(.character("S")), section: &section, context: context)
        _ = screen.handle(.key(.enter), section: &section, context: context)
        _ = screen.handle(.key(.character("s")), section: &section, context: context)
        let matrix = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
            .plainText()
        #expect(matrix.contains("gekozen 0"))
    }
}
