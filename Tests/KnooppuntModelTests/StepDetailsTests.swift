import Foundation
import Testing

@testable import KnooppuntModel

/// The step records added to initiatives and people: optional in the file, left out while empty.
@Suite struct StepDetailsTests {
    static let day = Day("2026-10-01")!

    static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// An initiative as a file from before the step records had fields.
    static let oldInitiative = """
        {
          "approach" : "",
          "closingCriterion" : "",
          "created" : "2026-10-01",
          "experiences" : [

          ],
          "goal" : "",
          "history" : [

          ],
          "id" : "6F1B0C55-8D5A-4C55-9C0C-2A4F4E7C1D11",
          "initiators" : [

          ],
          "involved" : [
            {
              "personID" : "0B3A1F0E-1111-4C55-9C0C-2A4F4E7C1D11",
              "positions" : [
                "p"
              ]
            }
          ],
          "motivation" : "",
          "origin" : "eigen-idee",
          "stage" : "2",
          "title" : "Oud",
          "trial" : {
            "watch" : "",
            "what" : ""
          }
        }
        """

    @Test func anOldInitiativeReadsAndWritesTheSameBytes() throws {
        let initiative = try JSONDecoder().decode(Initiative.self, from: Data(Self.oldInitiative.utf8))
        #expect(initiative.details == StepDetails())
        #expect(initiative.involved.first?.intensity == nil)
        #expect(try Self.encoded(initiative) == Self.oldInitiative)
    }

    @Test func filledInRecordsRoundTrip() throws {
        let person = UUID()
        var initiative = Initiative(title: "Nieuw", stage: .step(9), created: Self.day)
        initiative.involved = [Involvement(personID: person, positions: [.partner], intensity: .intensive)]
        initiative.details = StepDetails(
            sectionInput: "Let op de toetsweek", reactions: "Iedereen deelt het doel",
            trialParticipants: [person],
            trialLog: [TrialLogEntry(date: Self.day, people: [person], text: "Eerste les ging goed")],
            evidence: [.video, .informal], successes: "Leerlingen werkten zelfstandig",
            results: "Nieuwe opdrachten", sharing: "Op de studiedag")
        let text = try Self.encoded(initiative)
        for key in ["sectionInput", "reactions", "trialParticipants", "trialLog", "evidence", "successes"] {
            #expect(text.contains("\"\(key)\""), "\(key) written")
        }
        #expect(text.contains("\"intensief\""))
        let back = try JSONDecoder().decode(Initiative.self, from: Data(text.utf8))
        #expect(back == initiative)
        // The set is written in a fixed order: saving twice gives the same file.
        #expect(try Self.encoded(back) == text)
    }

    @Test func aTrialLogEntryNeedsOnlyItsDay() throws {
        let entry = try JSONDecoder().decode(TrialLogEntry.self, from: Data(#"{"date":"2026-10-01"}"#.utf8))
        #expect(entry == TrialLogEntry(date: Self.day, people: [], text: ""))
    }

    @Test func aPersonsLeavingDayIsOptional() throws {
        let old = #"{"id":"0B3A1F0E-1111-4C55-9C0C-2A4F4E7C1D11","name":"Anna Bos"}"#
        let person = try JSONDecoder().decode(Person.self, from: Data(old.utf8))
        #expect(person.leaving == nil)
        #expect(try !Self.encoded(person).contains("leaving"))
        var leaving = person
        leaving.leaving = Self.day
        let back = try JSONDecoder().decode(Person.self, from: Data(try Self.encoded(leaving).utf8))
        #expect(back.leaving == Self.day)
        #expect(!back.hasLeft(on: Self.day), "the leaving day itself still counts")
        #expect(back.hasLeft(on: Self.day.adding(days: 1)))
    }

    @Test func intensityCyclesThroughNotSet() {
        var seen: [InvolvementIntensity?] = []
        var current: InvolvementIntensity? = nil
        for _ in 0..<4 {
            current = InvolvementIntensity.cycle(after: current)
            seen.append(current)
        }
        #expect(seen == [.light, .regular, .intensive, nil])
    }

    @Test func removingAPersonTakesThemOutOfTheTrialAndItsLog() throws {
        let anna = Person(name: "Anna Bos")
        let bram = Person(name: "Bram Kok")
        var initiative = Initiative(title: "Proef", stage: .step(8), created: Self.day)
        initiative.details.trialParticipants = [anna.id, bram.id]
        initiative.details.trialLog = [TrialLogEntry(date: Self.day, people: [anna.id], text: "Les 1")]
        let section = Section(name: "S", people: [anna, bram], initiatives: [initiative])
        let removed = section.removingPerson(anna.id)
        let text = String(decoding: try JSONEncoder().encode(removed), as: UTF8.self)
        #expect(!text.contains(anna.id.uuidString))
        #expect(removed.initiatives[0].details.trialParticipants == [bram.id])
        #expect(removed.initiatives[0].details.trialLog[0].text == "Les 1", "the entry itself stays")
    }

    @Test func readingAFileDropsUnknownPeopleFromTheTrial() {
        let anna = Person(name: "Anna Bos")
        let stranger = UUID()
        var initiative = Initiative(title: "Proef", stage: .step(8), created: Self.day)
        initiative.details.trialParticipants = [anna.id, stranger]
        initiative.details.trialLog = [TrialLogEntry(date: Self.day, people: [stranger], text: "Les 1")]
        let section = Section(name: "S", people: [anna], initiatives: [initiative])
        let repaired = SectionValidation.repaired(section).0
        #expect(repaired.initiatives[0].details.trialParticipants == [anna.id])
        #expect(repaired.initiatives[0].details.trialLog[0].people.isEmpty)
    }
}
