import Foundation
import Testing

@testable import KnooppuntModel

/// The groslijst and the interventions in the model: removing a person reaches every instrument, a
/// contact becomes a schakel once, and files without them keep their bytes.
@Suite struct GroslijstInterventionTests {
    let anna = Person(name: "Anna de Vries")
    let bert = Person(name: "Bert Jansen")
    let carla = Person(name: "Carla Smit")

    func section() -> Section {
        var s = Section(name: "Sectie Engels")
        s.people = [anna, bert, carla]
        let measurement = SociogramMeasurement(date: Day(year: 2026, month: 10, day: 1))
        s.networks.sociograms = [
            Sociogram(name: "Team", personIDs: s.people.map(\.id), measurements: [measurement])
        ]
        s.networks.analyses = [NetworkAnalysis(name: "Literatuur")]
        return s
    }

    @Test func removingAPersonRemovesThemFromEveryInstrument() throws {
        var s = section()
        let g = s.networks.sociograms[0]
        s.instruments.addGroslijstEntry(GroslijstEntry(personID: bert.id, name: bert.name), owner: anna.id)
        s.instruments.addGroslijstEntry(GroslijstEntry(name: "Bibliotheek", wished: true), owner: anna.id)
        s.instruments.addGroslijstEntry(GroslijstEntry(personID: anna.id, name: anna.name), owner: bert.id)
        s.instruments.interventions = [
            SociogramIntervention(
                sociogramID: g.id, measurementID: g.measurements[0].id, what: "Maatjes", personID: bert.id),
            SociogramIntervention(
                sociogramID: g.id, measurementID: g.measurements[0].id, what: "Intervisie", who: "de mentoren"
            ),
        ]
        var ledger = ResponseLedger()
        s.recordThermometer(
            try #require(ThermometerAnswer(scores: [3, 3, 3, 3])), group: "", person: bert.id,
            on: Day(year: 2026, month: 10, day: 1), ledger: &ledger)
        let answers = s.instruments.thermometerGroups
        let removed = s.removingPerson(bert.id)
        // Bert's own list goes, and the entry naming him on Anna's list; the other entry stays.
        #expect(removed.instruments.groslijst(of: bert.id) == nil)
        #expect(removed.instruments.groslijst(of: anna.id)?.entries.map(\.name) == ["Bibliotheek"])
        // The intervention stays, without him; the one for a group is untouched.
        #expect(removed.instruments.interventions.map(\.personID) == [nil, nil])
        #expect(removed.instruments.interventions.map(\.what) == ["Maatjes", "Intervisie"])
        #expect(removed.instruments.interventions[1].who == "de mentoren")
        // Anonymous answers never named him and stay as they were.
        #expect(removed.instruments.thermometerGroups == answers)
        let text = String(decoding: try JSONEncoder().encode(removed), as: UTF8.self)
        #expect(!text.contains(bert.id.uuidString))
    }

    @Test func aContactBecomesASchakelOnceWithThePersonLinked() throws {
        var s = section()
        let analysis = s.networks.analyses[0].id
        let wished = GroslijstEntry(personID: carla.id, name: carla.name, area: .school, wished: true)
        let schakel = try s.makeSchakel(from: wished, analysis: analysis)
        #expect(schakel.personID == carla.id)
        #expect(schakel.area == .school)
        #expect(s.networks.analyses[0].schakels.map(\.id) == [schakel.id])
        #expect(throws: Section.SchakelRefusal.alreadySchakel("Literatuur")) {
            try s.makeSchakel(from: wished, analysis: analysis)
        }
        let outsider = GroslijstEntry(name: "Openbare bibliotheek", area: .outside, wished: true)
        _ = try s.makeSchakel(from: outsider, analysis: analysis)
        #expect(throws: Section.SchakelRefusal.alreadySchakel("Literatuur")) {
            try s.makeSchakel(from: GroslijstEntry(name: "openbare  BIBLIOTHEEK"), analysis: analysis)
        }
        #expect(throws: Section.SchakelRefusal.noSuchAnalysis) {
            try s.makeSchakel(from: outsider, analysis: UUID())
        }
        #expect(s.networks.analyses[0].schakels.count == 2)
    }

    @Test func anEmptiedListGoesAndFilesWithoutListsKeepTheirShape() throws {
        var s = section()
        let entry = GroslijstEntry(name: "Bibliotheek")
        s.instruments.addGroslijstEntry(entry, owner: anna.id)
        #expect(s.instruments.groslijst(of: anna.id)?.contains(personID: nil, name: "bibliotheek") == true)
        s.instruments.removeGroslijstEntry(entry.id, owner: anna.id)
        #expect(s.instruments.groslijsten.isEmpty)
        #expect(s.instruments.isEmpty)
        let text = String(decoding: try JSONEncoder().encode(s), as: UTF8.self)
        #expect(!text.contains("groslijsten") && !text.contains("instruments"))
    }

    @Test func groslijstAndInterventionsSurviveARoundTrip() throws {
        var s = section()
        let g = s.networks.sociograms[0]
        s.instruments.addGroslijstEntry(
            GroslijstEntry(personID: bert.id, name: bert.name, wished: true, positive: false, note: "lastig"),
            owner: anna.id)
        s.instruments.interventions = [
            SociogramIntervention(
                sociogramID: g.id, measurementID: g.measurements[0].id, what: "Maatjes", personID: carla.id,
                byWhen: Day(year: 2027, month: 1, day: 15), done: true)
        ]
        let back = try JSONDecoder().decode(Section.self, from: try JSONEncoder().encode(s))
        #expect(back == s)
        // `done` is written only when true: an open intervention reads like one from an older file.
        s.instruments.interventions[0].done = false
        let text = String(decoding: try JSONEncoder().encode(s), as: UTF8.self)
        #expect(!text.contains("\"done\""))
    }

    @Test func loadingDropsListsOfUnknownPeopleAndUnlinksUnknownContacts() {
        var s = section()
        let g = s.networks.sociograms[0]
        let ghost = UUID()
        s.instruments.groslijsten = [
            Groslijst(ownerID: ghost, entries: [GroslijstEntry(name: "x")]),
            Groslijst(ownerID: anna.id, entries: [GroslijstEntry(personID: ghost, name: "Spook")]),
        ]
        s.instruments.interventions = [
            SociogramIntervention(
                sociogramID: g.id, measurementID: g.measurements[0].id, what: "x", personID: ghost)
        ]
        let (repaired, repairs) = SectionValidation.repaired(s)
        #expect(repaired.instruments.groslijsten.map(\.ownerID) == [anna.id])
        #expect(repaired.instruments.groslijsten[0].entries[0].personID == nil)
        #expect(repaired.instruments.groslijsten[0].entries[0].name == "Spook")
        #expect(repaired.instruments.interventions[0].personID == nil)
        #expect(!repairs.isEmpty)
    }

    @Test func anInterventionIsOverdueOnlyWhenOpenAndPastItsDate() {
        let day = Day(year: 2027, month: 1, day: 15)
        var i = SociogramIntervention(sociogramID: UUID(), measurementID: UUID(), what: "x", byWhen: day)
        #expect(!i.isOverdue(today: day))
        #expect(i.isOverdue(today: Day(year: 2027, month: 1, day: 16)))
        i.done = true
        #expect(!i.isOverdue(today: Day(year: 2027, month: 1, day: 16)))
    }
}
