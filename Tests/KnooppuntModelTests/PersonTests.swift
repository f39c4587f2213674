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
