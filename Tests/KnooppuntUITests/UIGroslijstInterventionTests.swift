import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The interventions on a sociogram measurement and the groslijst, driven by keys: every refusal keeps
/// the prompt open with a reason and writes nothing; what is saved is exactly what was typed.
@Suite struct UIGroslijstInterventionTests {
    /// Types into the open prompt and presses Enter.
    static func answer(_ d: inout UIDriver, _ text: String) {
        // Prompts may open with a suggestion; clear it first.
        for _ in 0..<40 { d.key(.backspace) }
        d.type(text)
        d.key(.enter)
    }

    @Test func anInterventionIsAgreedWithAPersonADateAndMarkedDone() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 100, height: 30)
        d.key(.character("4"))
        d.key(.character("M"))  // the first measurement (najaar 2025)
        d.key(.character("A"))
        #expect(d.state.screen == .interventies)
        #expect(d.screen.contains("Nog geen interventies"))
        d.key(.character("a"))
        Self.answer(&d, "")  // an empty what is refused
        #expect(d.state.dialog != nil)
        #expect(d.screen.contains("leeg"))
        Self.answer(&d, "Fred krijgt een maatje")
        Self.answer(&d, "Zzyzx Qwerty")  // nobody: kept in words
        Self.answer(&d, "morgen ofzo")  // not a date: refused
        #expect(d.state.dialog != nil)
        #expect(d.screen.contains("Geen datum"))
        Self.answer(&d, "15-1-2026")
        #expect(d.state.dialog == nil)
        let s = try #require(d.state.section.networks.sociograms.first)
        var list = d.state.section.instruments.interventions(
            sociogram: s.id, measurement: s.measurements[0].id)
        #expect(list.count == 1)
        #expect(list.first?.what == "Fred krijgt een maatje")
        #expect(list.first?.who == "Zzyzx Qwerty")
        #expect(list.first?.personID == nil)
        #expect(list.first?.byWhen == Day(year: 2026, month: 1, day: 15))
        // Change who to a person through the lookup.
        d.key(.character("e"))
        d.key(.enter)
        let gemma = try #require(d.state.section.people.first { $0.name.hasPrefix("Gemma") })
        Self.answer(&d, gemma.name)
        d.key(.enter)
        list = d.state.section.instruments.interventions(sociogram: s.id, measurement: s.measurements[0].id)
        #expect(list.first?.personID == gemma.id)
        #expect(list.first?.who == "")
        d.key(.character(" "))
        #expect(d.state.section.instruments.interventions.first?.done == true)
        #expect(d.screen.contains("[x] Fred krijgt een maatje"))
        // The next measurement's figures list it under the comparison.
        d.key(.escape)
        #expect(d.state.screen == .sociogram)
        d.key(.character("M"))
        d.key(.character("i"))
        let rows = d.state.sociogram.metricsLines(
            s, section: d.state.section, measurement: 1, context: d.state.context
        ).map(\.text)
        #expect(rows.contains { $0.contains("Afgesproken na de meting van 2025-10-06") })
        #expect(rows.contains { $0.contains("[x] Fred krijgt een maatje") && $0.contains(gemma.name) })
    }

    @Test func anAmbiguousWhoIsRefusedWithTheNames() throws {
        var section = try NetworksFixture.section()
        section.people.append(Person(name: "Gemma Bakker"))
        var d = UIDriver(section: section, width: 100, height: 30)
        d.key(.character("4"))
        d.key(.character("A"))
        d.key(.character("a"))
        Self.answer(&d, "Intervisie")
        Self.answer(&d, "Gemma")
        #expect(d.state.dialog != nil)
        #expect(d.screen.contains("Gemma Bakker"))
        #expect(d.state.section.instruments.interventions.isEmpty)
    }

    @Test func removingAnInterventionAsksAndUndoBringsItBack() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 80, height: 24)
        d.key(.character("4"))
        d.key(.character("A"))
        d.key(.character("a"))
        Self.answer(&d, "Intervisie")
        Self.answer(&d, "")
        Self.answer(&d, "")
        #expect(d.state.section.instruments.interventions.count == 1)
        d.key(.character("x"))
        d.key(.enter)
        #expect(d.state.section.instruments.interventions.isEmpty)
        d.key(.character("u"))
        #expect(d.state.section.instruments.interventions.count == 1)
    }

    @Test func theGroslijstAddsContactsRefusesRepeatsAndMakesASchakel() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 100, height: 30)
        d.key(.character("3"))
        d.key(.character("g"))
        #expect(d.state.screen == .groslijst)
        let owner = try #require(d.state.groslijst.ownerID)
        let ecogram = try #require(d.state.section.networks.ecograms.first)
        #expect(ecogram.centre.personID == owner)
        d.key(.character("w"))
        Self.answer(&d, "Openbare bibliotheek")
        #expect(d.state.dialog == nil)
        d.key(.character("w"))
        Self.answer(&d, "openbare BIBLIOTHEEK")  // the same contact again
        #expect(d.state.dialog != nil)
        #expect(d.screen.contains("staat al op deze groslijst"))
        d.key(.escape)
        let own = try #require(d.state.section.person(owner))
        d.key(.character("a"))
        Self.answer(&d, own.name)  // one's own name
        #expect(d.state.dialog != nil)
        d.key(.escape)
        let list = try #require(d.state.section.instruments.groslijst(of: owner))
        #expect(list.entries.map(\.name) == ["Openbare bibliotheek"])
        #expect(list.entries.first?.wished == true)
        #expect(list.entries.first?.area == .outside)
        // The wished-for contact is drawn dashed in the ecogram.
        let picture = EcogramPicture.picture(
            ecogram, section: d.state.section, context: d.state.context, relation: nil)
        let wish = try #require(list.entries.first)
        #expect(picture.nodes.contains { $0.id == wish.id && $0.marker == GroslijstPicture.marker })
        #expect(picture.edges.contains { $0.to == wish.id && $0.pattern == .dashed })
        // s makes it a schakel of the analysis in one step; a second time is refused.
        d.key(.character("s"))
        d.key(.enter)
        let analysis = try #require(d.state.section.networks.analyses.first)
        #expect(analysis.schakels.contains { $0.name == "Openbare bibliotheek" && $0.personID == nil })
        let count = analysis.schakels.count
        d.key(.character("s"))
        d.key(.enter)
        #expect(d.state.statusIsError)
        #expect(d.state.section.networks.analyses.first?.schakels.count == count)
        #expect(d.screen.contains("schakel in"))
    }

    @Test func aGroslijstIsReachedFromPeopleWithoutAnEcogram() throws {
        var section = try NetworksFixture.section()
        section.networks.ecograms = []
        var d = UIDriver(section: section, width: 80, height: 24)
        d.key(.character("3"))
        d.key(.character("g"))
        #expect(d.state.screen != .groslijst)
        #expect(d.state.statusIsError)
        d.key(.character("5"))
        d.key(.down)
        d.key(.character("g"))
        #expect(d.state.screen == .groslijst)
        #expect(d.state.groslijst.ownerID == section.people[1].id)
        #expect(d.screen.contains("Groslijst · " + section.people[1].name))
        d.key(.escape)
        #expect(d.state.screen == .people)
    }

    @Test func negativeMarksAndNotesStayHiddenUntilAsked() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 100, height: 30)
        d.key(.character("3"))
        d.key(.character("g"))
        d.key(.character("a"))
        Self.answer(&d, "Kantine-overleg")
        d.key(.character("-"))
        let owner = try #require(d.state.groslijst.ownerID)
        #expect(d.state.section.instruments.groslijst(of: owner)?.entries.first?.positive == false)
        #expect(!d.screen.contains("Kantine-overleg"))
        #expect(d.screen.contains("verborgen"))
        d.key(.character("!"))
        #expect(d.screen.contains("− Kantine-overleg"))
        d.key(.character("n"))
        Self.answer(&d, "kost veel tijd")
        #expect(d.screen.contains("kost veel tijd"))
        // Leaving hides them again.
        d.key(.escape)
        d.key(.character("g"))
        #expect(!d.screen.contains("kost veel tijd"))
    }

    @Test func removingAPersonInPeopleRemovesTheirGroslijstAndUnlinksInterventions() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 100, height: 30)
        let first = d.state.section.people[0]
        let s = try #require(d.state.section.networks.sociograms.first)
        var section = d.state.section
        section.instruments.addGroslijstEntry(GroslijstEntry(name: "Bibliotheek"), owner: first.id)
        section.instruments.interventions = [
            SociogramIntervention(
                sociogramID: s.id, measurementID: s.measurements[1].id, what: "x", personID: first.id)
        ]
        d = UIDriver(section: section, width: 100, height: 30)
        d.key(.character("5"))
        d.key(.character("d"))
        d.key(.enter)
        #expect(d.state.section.person(first.id) == nil)
        #expect(d.state.section.instruments.groslijsten.isEmpty)
        #expect(d.state.section.instruments.interventions.first?.personID == nil)
    }
}

/// Thermometer rounds of an earlier day, and older dimensieraamwerk rounds on screen.
@Suite struct UIInstrumentRoundTests {
    @Test func aThermometerRoundCanBeEnteredUnderAnEarlierDateButNotAFutureOne() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 80, height: 24)
        d.key(.character("7"))
        d.key(.character("d"))
        UIGroslijstInterventionTests.answer(&d, "2099-01-01")
        #expect(d.screen.contains("toekomst"))
        UIGroslijstInterventionTests.answer(&d, "gisteren")
        #expect(d.screen.contains("Geen datum"))
        UIGroslijstInterventionTests.answer(&d, "1-10-2025")
        d.key(.enter)  // the first person
        let day = Day(year: 2025, month: 10, day: 1)
        #expect(d.state.thermometer.entry?.day == day)
        #expect(d.screen.contains("ronde 2025-10-01"))
        for c in "4352" { d.key(.character(c)) }
        d.key(.enter)
        let rounds = d.state.section.instruments.thermometerGroups.first?.rounds ?? []
        #expect(rounds.map(\.date) == [day])
        #expect(rounds.first?.answers.first?.scores == [4, 3, 5, 2])
        #expect(d.state.status?.contains("2025-10-01") == true)
    }

    @Test func olderDimensiesRoundsAreBrowsedWithTheirOwnComparison() throws {
        var d = UIDriver(section: try InstrumentFixture.section(), width: 120, height: 40)
        d.key(.character("8"))
        #expect(d.screen.contains("ronde 2026-11-19"))
        #expect(d.screen.contains("vorige 2026-03-12"))
        d.key(.left)
        #expect(d.screen.contains("ronde 2026-03-12"))
        #expect(!d.screen.contains("vorige"))
        d.key(.left)  // stays at the oldest
        #expect(d.screen.contains("ronde 2026-03-12"))
        d.key(.right)
        #expect(d.screen.contains("ronde 2026-11-19"))
        #expect(d.state.dimensies.round == nil)
    }
}

/// `E` on the instrument screens asks for their page, what the shared screen shows.
@Suite struct UIInstrumentExportKeyTests {
    func requests(_ d: UIDriver) -> [ExportRequest] {
        d.effects.compactMap { effect in
            if case .export(_, _, let request, _) = effect { return request }
            return nil
        }
    }

    @Test func eachInstrumentScreenExportsItsPage() throws {
        var d = UIDriver(section: try InstrumentFixture.section(), width: 100, height: 30)
        for (keys, expected) in [
            ("7", ExportRequest.thermometer(group: "")), ("7gE", .thermometer(group: "Werkgroep toetsing")),
            ("8", .dimensies), ("9", .review), ("4A", .interventies),
        ] {
            d.effects = []
            for c in keys where c != "E" { d.key(.character(c)) }
            d.key(.character("E"))
            #expect(requests(d) == [expected], "after \(keys)")
            d.key(.escape)
        }
    }
}

/// The dimensieraamwerk takes a round of an earlier day as the thermometer does.
@Suite struct UIDimensiesDateTests {
    @Test func crossesCanBePlacedInTheRoundOfAnEarlierDay() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 80, height: 24)
        d.key(.character("8"))
        d.key(.character("d"))
        UIGroslijstInterventionTests.answer(&d, "2099-01-01")
        #expect(d.screen.contains("toekomst"))
        UIGroslijstInterventionTests.answer(&d, "12-3-2026")
        d.key(.enter)
        let day = Day(year: 2026, month: 3, day: 12)
        #expect(d.state.dimensies.entry?.day == day)
        #expect(d.screen.contains("ronde 2026-03-12"))
        d.key(.enter)
        #expect(d.state.section.instruments.dimensionRounds.map(\.date) == [day])
        #expect(d.state.section.instruments.dimensionRounds.first?.answers.count == 1)
    }
}

/// A long list scrolls under the selection instead of hiding it below the screen.
@Suite struct UIInterventionScrollTests {
    @Test func theSelectedInterventionStaysOnScreen() throws {
        var section = try NetworksFixture.section()
        let s = try #require(section.networks.sociograms.first)
        let last = try #require(s.measurements.last)
        section.instruments.interventions = (1...30).map {
            SociogramIntervention(sociogramID: s.id, measurementID: last.id, what: "Afspraak \($0)")
        }
        var d = UIDriver(section: section, width: 80, height: 24)
        d.key(.character("4"))
        d.key(.character("A"))
        for _ in 0..<25 { d.key(.down) }
        #expect(d.state.interventies.selected == 25)
        #expect(d.screen.contains("▸ 26. [ ] Afspraak 26"))
        #expect(!d.screen.contains(" 1. [ ] Afspraak 1 "))
    }
}
