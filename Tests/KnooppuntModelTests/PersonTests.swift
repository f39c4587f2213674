import Foundation
import Testing

@testable import KnooppuntModel

@Suite struct PersonTests {
    @Test func initialsTakeTheFirstLetterOfEachWord() {
        #expect(Person.defaultInitials(for: "Gemma de Vries") == "GdV")
        #expect(Person.defaultInitials(for: "Maarten 't Hooft") == "MtH")
        #expect(Person.defaultInitials(for: "Anne-Marie Özdemir") == "AMÖ")
        #expect(Person.defaultInitials(for: "Theo") == "Th")
    }
}

@Suite struct PersonDecodingTests {
    @Test func aPersonWithOnlyAnIdAndANameLoads() throws {
        let json = #"{"id": "5A000000-0000-0000-0000-000000000001", "name": "Sanne Öztürk"}"#
        let person = try JSONDecoder().decode(Person.self, from: Data(json.utf8))
        #expect(person.name == "Sanne Öztürk" && person.initials == "SÖ" && person.attributes.isEmpty)
        #expect(person.area == .ownSection && person.role.isEmpty && person.privateNote.isEmpty)
        // And it is written back whole.
        let again = try JSONDecoder().decode(Person.self, from: JSONEncoder().encode(person))
        #expect(again == person)
    }
}
