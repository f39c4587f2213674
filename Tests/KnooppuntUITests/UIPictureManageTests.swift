import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Ecograms, network analyses and sociograms are renamed (`H`) and removed (`V`, confirmed,
/// undone with `u`) from their screens; an analysis is linked to its initiative (`K`) by a part of the
/// title and shows it, as the initiative shows its analysis. `P` marks a sociogram as the
/// coach's own.
@Suite struct UIPictureManageTests {
    func driver(_ screen: Character) throws -> UIDriver {
        var d = UIDriver(section: try NetworksFixture.section())
        d.key(.character(screen))
        return d
    }

    func answer(_ d: inout UIDriver, _ text: String) {
        d.keys(.control("a"), .control("k"))
        d.type(text)
        d.key(.enter)
    }

    @Test func anEcogramIsRenamedAndRemovedAndUndoBringsItBack() throws {
        var d = try driver("3")
        let original = d.section.networks.ecograms[0]
        d.key(.character("H"))
        #expect(d.screen.contains("Nieuwe naam van dit ecogram"))
        answer(&d, "  ")
        #expect(d.section.networks.ecograms[0].name == original.name, "an empty name is refused")
        d.key(.escape)
        d.key(.character("H"))
        answer(&d, "Gemma in 2027")
        #expect(d.section.networks.ecograms[0].name == "Gemma in 2027")
        #expect(d.screen.contains("Gemma in 2027"))
        d.key(.character("V"))
        #expect(d.screen.contains("Het ecogram “Gemma in 2027” verwijderen?"))
        d.key(.escape)
        #expect(d.section.networks.ecograms.count == 1, "Esc removes nothing")
        d.key(.character("V"))
        d.key(.enter)
        #expect(d.section.networks.ecograms.isEmpty)
        d.key(.character("u"))
        #expect(d.section.networks.ecograms.first?.name == "Gemma in 2027")
        #expect(d.section.networks.ecograms.first?.contacts == original.contacts)
    }

    @Test func anAnalysisIsLinkedByAPartOfTheTitleAndShowsIt() throws {
        var d = try driver("3")
        d.key(.tab)  // to the analyses
        #expect(d.state.networks.kind == .analysis)
        let toetsmodel = d.initiative("Toetsmodel")
        d.key(.character("K"))
        #expect(d.screen.contains("Voor welk initiatief is deze analyse?"))
        answer(&d, "xyz")
        #expect(d.screen.contains("Geen initiatief heet zo."))
        answer(&d, "toets")
        #expect(d.section.networks.analyses[0].initiativeID == toetsmodel.id)
        #expect(d.screen.contains("Literatuuronderwijs → Toetsmodel"))
        #expect(d.screen.contains("Initiatief: Toetsmodel"))
        // The initiative names its analysis among the involved people.
        var editor = d
        editor.key(.character("1"))
        editor.selectCard("Toetsmodel")
        editor.key(.enter)
        #expect(editor.screen.contains("uit netwerkanalyse Literatuuronderwijs"))
        // Renamed, the analysis keeps its link; empty unlinks.
        d.key(.character("H"))
        answer(&d, "Tafelkleed toetsen")
        #expect(d.section.networks.analyses[0].name == "Tafelkleed toetsen")
        #expect(d.section.networks.analyses[0].initiativeID == toetsmodel.id)
        d.key(.character("K"))
        answer(&d, "")
        #expect(d.section.networks.analyses[0].initiativeID == nil)
        #expect(d.screen.contains("Nog geen initiatief (K koppelt)"))
    }

    @Test func aNewAnalysisFindsItsInitiativeByAPartOfTheTitle() throws {
        var d = try driver("3")
        d.key(.tab)
        d.key(.character("n"))
        d.type("proficiency")
        d.key(.enter)
        let made = try #require(d.section.networks.analyses.last)
        #expect(made.initiativeID == d.initiative("English Proficiency").id)
        #expect(made.name == "English Proficiency")
    }

    @Test func aSociogramIsRenamedMarkedAsTheCoachsOwnAndRemoved() throws {
        var d = try driver("4")
        d.key(.character("H"))
        answer(&d, "Advies 2026")
        #expect(d.section.networks.sociograms[0].name == "Advies 2026")
        d.key(.character("P"))
        #expect(d.section.networks.sociograms[0].coachOwn)
        #expect(d.screen.contains("[eigen, metingen privé]"))
        #expect(d.section.withoutPrivate.networks.sociograms[0].measurements.isEmpty)
        d.key(.character("P"))
        #expect(!d.section.networks.sociograms[0].coachOwn)
        d.key(.character("V"))
        #expect(d.screen.contains("Het sociogram “Advies 2026” verwijderen?"))
        d.key(.enter)
        #expect(d.section.networks.sociograms.isEmpty)
        d.key(.character("u"))
        #expect(d.section.networks.sociograms.first?.name == "Advies 2026")
    }
}
