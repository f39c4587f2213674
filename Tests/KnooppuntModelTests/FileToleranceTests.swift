import Foundation
import Testing

@testable import KnooppuntModel

/// A file that gives only what is required, in every kind of object a section holds, opens with the
/// defaults `init` gives; a missing required field fails naming it. Written before the model's Codable
/// code changed, so it pins the tolerances that code had.
@Suite struct FileToleranceTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static let sparse = """
        {"id": "\(id(1))", "name": "S",
         "people": [{"id": "\(id(2))", "name": "Anna de Boer"}],
         "initiatives": [{"id": "\(id(3))", "title": "T", "origin": "eigen-idee", "stage": "3",
           "motivation": "", "goal": "", "approach": "", "trial": {"what": "", "watch": ""},
           "closingCriterion": "", "created": "2026-09-01", "trialLog": [{"date": "2026-09-02"}],
           "involved": [{"personID": "\(id(2))", "positions": ["p", "i"]}]}],
         "meetings": [{"id": "\(id(4))", "number": 1, "place": "", "note": ""}],
         "networks": {
           "ecograms": [{"id": "\(id(5))", "name": "E", "centre": {"id": "\(id(6))", "name": "C"},
             "privateNote": ""}],
           "analyses": [{"id": "\(id(7))", "name": "A", "privateNote": "",
             "schakels": [{"id": "\(id(8))", "name": "Sk"}]}],
           "sociograms": [{"id": "\(id(9))", "name": "So", "privateNote": "",
             "measurements": [{"id": "\(id(10))", "date": "2026-10-01", "label": ""}]}]},
         "instruments": {
           "thermometerGroups": [{"id": "\(id(11))", "rounds": [{"id": "\(id(12))", "date": "2026-10-01"}]}],
           "dimensionRounds": [{"id": "\(id(13))", "date": "2026-10-01"}],
           "meetingEvaluations": [{"meetingID": "\(id(4))"}],
           "interventions": [{"id": "\(id(14))", "sociogramID": "\(id(9))", "measurementID": "\(id(10))"}],
           "groslijsten": [{"id": "\(id(15))", "ownerID": "\(id(2))", "entries": [{"id": "\(id(16))"}]}]}}
        """

    static var expected: Section {
        let created = Day(year: 2026, month: 9, day: 1)
        let initiative = Initiative(
            id: id(3), title: "T", stage: .step(3),
            involved: [Involvement(personID: id(2), positions: [.initiator, .partner])], created: created,
            details: StepDetails(trialLog: [TrialLogEntry(date: Day(year: 2026, month: 9, day: 2), text: "")])
        )
        let day = Day(year: 2026, month: 10, day: 1)
        let networks = Networks(
            ecograms: [Ecogram(id: id(5), name: "E", centre: EcogramCentre(id: id(6), name: "C"))],
            analyses: [NetworkAnalysis(id: id(7), name: "A", schakels: [Schakel(id: id(8), name: "Sk")])],
            sociograms: [
                Sociogram(
                    id: id(9), name: "So", measurements: [SociogramMeasurement(id: id(10), date: day)])
            ])
        let instruments = Instruments(
            thermometerGroups: [
                ThermometerGroup(id: id(11), rounds: [ThermometerRound(id: id(12), date: day)])
            ],
            dimensionRounds: [DimensionRound(id: id(13), date: day)],
            meetingEvaluations: [MeetingEvaluation(meetingID: id(4))],
            interventions: [
                SociogramIntervention(id: id(14), sociogramID: id(9), measurementID: id(10), what: "")
            ],
            groslijsten: [
                Groslijst(id: id(15), ownerID: id(2), entries: [GroslijstEntry(id: id(16), name: "")])
            ])
        return Section(
            id: id(1), name: "S", people: [Person(id: id(2), name: "Anna de Boer")],
            initiatives: [initiative],
            meetings: [Meeting(id: id(4), number: 1)], networks: networks, instruments: instruments)
    }

    @Test func onlyTheRequiredFieldsReadAsInitsDefaults() throws {
        let section = try JSONDecoder().decode(Section.self, from: Data(Self.sparse.utf8))
        #expect(section == Self.expected)
        #expect(section.people[0].initials == "AdB")
        #expect(section.instruments.groslijsten[0].entries[0].positive)
        #expect(section.people[0].area == .ownSection)
    }

    /// Each required field, taken out of the sparse file, fails with its name in the store's reason.
    @Test(arguments: [
        ("\"name\": \"S\",", "name"), ("\"title\": \"T\",", "title"), ("\"number\": 1,", "number"),
        ("\"label\": \"\"}", "label"), ("\"ownerID\": \"\(id(2))\",", "ownerID"),
        ("\"created\": \"2026-09-01\",", "created"), ("\"meetingID\": \"\(id(4))\"", "meetingID"),
    ])
    func aMissingRequiredFieldIsNamed(cut: String, field: String) throws {
        var text = Self.sparse
        let range = try #require(text.range(of: cut))
        text.replaceSubrange(range, with: cut.hasSuffix("}") ? "}" : "")
        let data = Data(
            "{\"schemaVersion\": \(SchemaMigration.currentVersion), \"revision\": 1, \"section\": \(text)}"
                .utf8)
        #expect(throws: StoreError.self) { try SectionFile.decode(data, file: "s.json") }
        do {
            _ = try SectionFile.decode(data, file: "s.json")
        } catch let StoreError.corrupt(_, _, _, reason) {
            #expect(reason.description.contains("the field “\(field)” is missing"), "\(reason)")
        }
    }
}
