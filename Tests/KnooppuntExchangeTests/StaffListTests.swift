import Foundation
import KnooppuntExchange
import KnooppuntModel
import Testing

/// A staff list updates the people it finds, adds the rest, removes nobody and renames nobody.
@Suite("Staff list import")
struct StaffListTests {
    func list(_ csv: String, _ section: Section = SurveyFixture.section()) throws -> StaffList {
        try StaffList(csv: Data(csv.utf8), section: section)
    }

    @Test("The administration's export: Voornaam/Tussenvoegsel/Achternaam, Afkorting, Vak, attributes")
    func fixture() throws {
        var section = SurveyFixture.section()
        section.people.removeAll { $0.id == SurveyFixture.sanne || $0.id == SurveyFixture.ijsbrand }
        let staff = try StaffList(
            csv: Data(
                contentsOf: SurveyFixture.folder.deletingLastPathComponent().appendingPathComponent(
                    "people/personeel.csv")),
            section: section)
        #expect(staff.encoding == .utf8 && staff.delimiter == ";")
        #expect(
            staff.columns.map(\.role) == [
                .firstName, .infix, .surname, .initials, .subject, .attribute("bouw"), .attribute("team"),
                .attribute("e-mail"),
            ])
        #expect(staff.problems.isEmpty)
        let out = try staff.apply(to: section)
        #expect(out.people.count == section.people.count + 2)
        let gemma = try #require(out.person(DemoNetworks.gemma))
        #expect(gemma.name == "Gemma de Vries" && gemma.initials == "VRG" && gemma.role == "Engels")
        #expect(gemma.attributes == ["bouw": "bovenbouw", "team": "havo", "e-mail": "g.devries@school.nl"])
        let sanne = try #require(out.people.first { $0.name == "Sanne Öztürk" })
        #expect(sanne.attributes["bouw"] == "onderbouw" && sanne.area == .ownSection)
        // Nobody is removed, and the same list again changes nothing.
        #expect(Set(section.people.map(\.id)).isSubset(of: Set(out.people.map(\.id))))
        let again = try StaffList(
            csv: Data(
                contentsOf: SurveyFixture.folder.deletingLastPathComponent().appendingPathComponent(
                    "people/personeel.csv")),
            section: out)
        #expect(try again.apply(to: out) == out)
        #expect(again.rows.allSatisfy { if case .unchanged = $0.change { true } else { false } })
    }

    @Test(
        "Naam written surname first, Initialen; empty cells keep what the section had; names are not changed")
    func nameColumn() throws {
        var section = SurveyFixture.section()
        section.people[0].attributes = ["gender": "v", "bouw": "onderbouw"]
        let staff = try list("Naam,Initialen,Bouw\n\"Vries, Gemma de\",GV,\nFred,FD,bovenbouw\n", section)
        let out = try staff.apply(to: section)
        let gemma = try #require(out.person(DemoNetworks.gemma))
        #expect(gemma.initials == "GV" && gemma.attributes == ["gender": "v", "bouw": "onderbouw"])
        let fred = try #require(out.person(DemoNetworks.fred))
        #expect(fred.name == "Fred van Dijk" && fred.attributes["bouw"] == "bovenbouw")
    }

    @Test("Refused: no name column, an ambiguous name, one person twice, an empty name; nothing changes")
    func refusals() throws {
        #expect(throws: ImportMessage.self) { try list("Afkorting,Vak\nGV,Engels\n") }
        var section = SurveyFixture.section()
        section.people.append(Person(name: "Gemma Bakker"))
        let ambiguous = try list("Naam\nGemma\n", section)
        #expect(
            ambiguous.problems.map(\.nl) == [
                "Rij 2, kolom A “Naam”: ‘Gemma’ kan Gemma de Vries of Gemma Bakker zijn; schrijf de volledige naam."
            ])
        #expect(throws: ImportMessage.self) { try ambiguous.apply(to: section) }
        let twice = try list("Naam\nFred\nFred van Dijk\n")
        #expect(
            twice.problems.map(\.en) == [
                "Row 3, column A “Naam”: ‘Fred van Dijk’ is the same person as in row 2 (Fred van Dijk); leave one of the rows out."
            ])
        let empty = try list("Voornaam,Achternaam,Bouw\n,,onderbouw\n")
        #expect(empty.problems.map(\.en) == ["Row 2, column B “Achternaam”: the name is empty."])
    }

    /// A row that holds nothing but white space, a quoted line break included, is no colleague and no
    /// problem either: it is passed over, as the survey import passes it over.
    @Test func blankRowsArePassedOver() throws {
        let staff = try list("Naam,Vak\n\"\n\",\" \"\nFred,Engels\n")
        #expect(staff.problems.isEmpty)
        #expect(staff.rows.map(\.line) == [4])
        #expect(throws: ImportMessage.self) { try list("Naam,Vak\n\"\n\",\n") }
    }
}
