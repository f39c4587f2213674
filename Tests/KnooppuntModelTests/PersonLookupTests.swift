import Foundation
import KnooppuntModel
import Testing

@Suite("Person lookup")
struct PersonLookupTests {
    static let people = [
        Person(name: "Gemma de Vries", initials: "GdV"),
        Person(name: "Caroline Noël", initials: "CN"),
        Person(name: "Fred van Dijk", initials: "FvD"),
        Person(name: "Thomas Hoekstra", initials: "TH"),
        Person(name: "Theo Geërts", initials: "TG"),
        Person(name: "IJsbrand Kok", initials: "IK"),
        Person(name: "Maarten 't Hooft"),
        Person(name: "Heleen Jansen-de Boer"),
    ]

    let lookup = PersonLookup(people: Self.people)

    /// The one name found, or a description of what came back instead.
    func name(_ typed: String) -> String {
        switch lookup.find(typed) {
        case .found(let person): person.name
        case .ambiguous(let people): "ambiguous: " + people.map(\.name).joined(separator: ", ")
        case .notFound: "not found"
        }
    }

    @Test("Full name, first name and surname, with or without tussenvoegsels")
    func wholeNames() {
        #expect(name("Thomas Hoekstra") == "Thomas Hoekstra")
        #expect(name("hoekstra") == "Thomas Hoekstra")
        #expect(name("Fred") == "Fred van Dijk")
        #expect(name("van Dijk") == "Fred van Dijk")
        #expect(name("Van Dijk") == "Fred van Dijk")
        #expect(name("Dijk") == "Fred van Dijk")
        #expect(name("Dijk, Fred van") == "Fred van Dijk")
        #expect(name("'t Hooft") == "Maarten 't Hooft")
        #expect(name("’t Hooft") == "Maarten 't Hooft")
        #expect(name("de Boer") == "Heleen Jansen-de Boer")
        #expect(name("Jansen") == "Heleen Jansen-de Boer")
        #expect(
            PersonLookup(people: Self.people, matchesParts: false).find("jansen") == .found(Self.people[7]))
        #expect(name("  gemma   DE vries ") == "Gemma de Vries")
    }

    @Test("Initials, with or without dots, in any case")
    func initials() {
        #expect(name("TH") == "Thomas Hoekstra")
        #expect(name("th") == "Thomas Hoekstra")
        #expect(name("F.v.D.") == "Fred van Dijk")
        #expect(name("MtH") == "Maarten 't Hooft")
    }

    @Test("Accents fold both ways: Noël is noel, Geerts is Geërts")
    func accents() {
        #expect(name("noel") == "Caroline Noël")
        #expect(name("Noël") == "Caroline Noël")
        #expect(name("CAROLINE NOEL") == "Caroline Noël")
        #expect(name("Theo Geerts") == "Theo Geërts")
        #expect(name("théo") == "Theo Geërts")
        let accented = PersonLookup(people: [Person(name: "Noel Smit")])
        #expect(accented.candidates("Noël").map(\.name) == ["Noel Smit"])
    }

    @Test("IJ, Ij and the ligature Ĳ are one letter; y is not ij")
    func ij() {
        #expect(name("IJsbrand") == "IJsbrand Kok")
        #expect(name("Ijsbrand") == "IJsbrand Kok")
        #expect(name("ijsbrand kok") == "IJsbrand Kok")
        #expect(name("\u{132}sbrand") == "IJsbrand Kok")
        #expect(name("\u{133}sbrand Kok") == "IJsbrand Kok")
        #expect(name("Ysbrand") == "not found")
        let ligature = PersonLookup(people: [Person(name: "\u{132}sbrand de Wit")])
        #expect(ligature.candidates("IJsbrand").map(\.name) == ["\u{132}sbrand de Wit"])
        #expect(ligature.candidates("ysbrand").isEmpty)
    }

    @Test("A unique part from three letters on; shorter parts and unknown names find nobody")
    func parts() {
        #expect(name("Hoek") == "Thomas Hoekstra")
        #expect(name("oekst") == "Thomas Hoekstra")
        #expect(name("Gem") == "Gemma de Vries")
        #expect(name("oe") == "not found")
        #expect(name("nobody") == "not found")
        #expect(name("   ") == "not found")
        let wholeOnly = PersonLookup(people: Self.people, matchesParts: false)
        #expect(wholeOnly.find("Hoek") == .notFound)
        #expect(wholeOnly.candidates("Hoekstra").map(\.name) == ["Thomas Hoekstra"])
    }

    @Test("Two people who fit equally are ambiguous; an earlier rule decides before a later one")
    func ambiguity() {
        var people = Self.people
        people.append(Person(name: "Gemma Bakker"))
        people.append(Person(name: "Thomas de Groot", initials: "TdG"))
        let lookup = PersonLookup(people: people)
        #expect(lookup.find("Gemma") == .ambiguous([people[0], people[8]]))
        #expect(lookup.find("Thomas") == .ambiguous([people[3], people[9]]))
        // The full name decides before the first name, the first name before a part.
        #expect(lookup.candidates("Gemma Bakker").map(\.name) == ["Gemma Bakker"])
        #expect(lookup.candidates("the").map(\.name) == ["Theo Geërts"])
        // A part two names share.
        #expect(lookup.candidates("ma").isEmpty)
        #expect(lookup.candidates("homa").map(\.name) == ["Thomas Hoekstra", "Thomas de Groot"])
    }

    @Test("An id finds the person with that id")
    func byID() {
        let fred = Self.people[2]
        #expect(lookup.find(fred.id.uuidString) == .found(fred))
        #expect(lookup.find(UUID().uuidString) == .notFound)
    }
}
