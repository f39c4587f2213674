import Foundation
import KnooppuntModel
import Testing

@Suite struct NameMentionsTests {
    static let people = [
        Person(name: "Gemma de Vries"), Person(name: "Els Bakker"), Person(name: "Jan Smit"),
        Person(name: "Jan de Wit"),
    ]
    static let mentions = NameMentions(people: people) { "«\($0.initials)»" }

    @Test func fullNamesAndUniqueFirstNamesAreReplacedAsWholeWords() {
        #expect(
            Self.mentions.apply("Gemma de Vries en Els praten met Jan.") == "«GdV» en «EB» praten met Jan.")
        // A shared first name (Jan) stays; a word that merely contains a name stays; case matters.
        #expect(Self.mentions.apply("Elsa en de els bij Gemmas huis") == "Elsa en de els bij Gemmas huis")
        #expect(Self.mentions.apply("Jan Smit") == "«JS»")
    }

    @Test func everyStringOfASectionIsCovered() {
        var section = Section(name: "Sectie", people: Self.people)
        section.initiatives = [
            Initiative(
                title: "Lezen met Els",
                history: [
                    StepChange(
                        from: .step(0), to: .step(1), date: Day(year: 2026, month: 9, day: 1),
                        note: "Gemma de Vries begint")
                ])
        ]
        let shown = Self.mentions.applyEverywhere(section)
        #expect(shown.initiatives[0].title == "Lezen met «EB»")
        #expect(shown.initiatives[0].history[0].note == "«GdV» begint")
        #expect(shown.people.map(\.id) == section.people.map(\.id))
    }
}
