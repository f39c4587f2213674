import Foundation
import Testing

@testable import KnooppuntModel

/// Files that parse but do not hold together are repaired in memory on load, said in sentences, and
/// left on disk as they were.
@Suite struct StoreValidationTests {
    private func write(_ section: Section, revision: Int = 1, in scratch: StoreScratch) throws -> Data {
        let data = try SectionFile.encode(section, revision: revision)
        try FileManager.default.createDirectory(at: scratch.directory, withIntermediateDirectories: true)
        try data.write(to: scratch.file("sectie-engels"))
        return data
    }

    @Test func repeatedIdsGetNewOnesAndNothingIsRewrittenByTheLoad() throws {
        let scratch = StoreScratch()
        var section = storeSampleSection()
        let gemma = section.people[0]
        section.people.append(Person(id: gemma.id, name: "Gemma's tweeling"))
        let meeting = section.meetings[0]
        section.meetings.append(Meeting(id: meeting.id, number: 2))
        let topic = SociogramTopic(name: "zorg")
        section.networks.sociograms = [
            Sociogram(
                name: "team", personIDs: [gemma.id, gemma.id],
                topics: [topic, SociogramTopic(id: topic.id, name: "vakinhoud")])
        ]
        let bytes = try write(section, in: scratch)
        let stored = try scratch.store().load("sectie-engels")

        #expect(Set(stored.section.people.map(\.id)).count == 3)
        #expect(stored.section.people.map(\.name).contains("Gemma's tweeling"), "nobody is dropped")
        #expect(Set(stored.section.meetings.map(\.id)).count == 2)
        let sociogram = try #require(stored.section.networks.sociograms.first)
        #expect(sociogram.personIDs == [gemma.id])
        #expect(Set(sociogram.topics.map(\.id)).count == 2)
        #expect(stored.repairs.contains { $0.dutch == "3 dubbele id's vervangen door nieuwe" })
        #expect(stored.repairs.contains { $0.english == "1 repeated reference removed" })
        #expect(try scratch.bytes("sectie-engels") == bytes, "a load never writes")

        let again = try scratch.store().load("sectie-engels")
        #expect(again.section == stored.section, "the new ids are the same on every load")
        // The planner and the queries work on the repaired section without trapping.
        _ = AgendaPlanner.plan(again.section, today: Day("2026-09-01")!)
        _ = again.section.meetingsInOrder
    }

    @Test func referencesToWhatIsGoneAreRemovedAndCounted() throws {
        let scratch = StoreScratch()
        var section = storeSampleSection()
        let ghost = UUID()
        let gemma = section.people[0].id
        section.initiatives = [
            Initiative(
                title: "Toetsbeleid", initiators: [gemma, ghost],
                involved: [Involvement(personID: ghost, positions: [.partner])])
        ]
        section.agenda = [
            AgendaItem(meetingID: UUID(), column: .regelwerkTussendoor, subject: .text("PTA")),
            AgendaItem(
                meetingID: section.meetings[0].id, column: .plannenBespreken, subject: .initiative(UUID())),
            AgendaItem(
                meetingID: section.meetings[0].id, column: .plannenBespreken, subject: .text("blijft")),
        ]
        let topic = SociogramTopic(name: "zorg")
        section.networks.sociograms = [
            Sociogram(
                name: "team", personIDs: [gemma], topics: [topic],
                measurements: [
                    SociogramMeasurement(
                        date: Day("2026-10-01")!,
                        choices: [SociogramChoice(topicID: topic.id, from: gemma, to: UUID())])
                ])
        ]
        _ = try write(section, in: scratch)
        let stored = try scratch.store().load("sectie-engels")

        #expect(stored.section.initiatives[0].initiators == [gemma])
        #expect(stored.section.initiatives[0].involved.isEmpty)
        #expect(stored.section.agenda.map(\.subject) == [.text("blijft")])
        #expect(stored.section.networks.sociograms[0].measurements[0].choices.isEmpty)
        #expect(
            stored.repairs.map(\.dutch) == [
                "2 verwijzingen naar ontbrekende personen verwijderd",
                "2 agendapunten zonder bestaand overleg of initiatief verwijderd",
                "1 verbinding met een ontbrekend lid of onderwerp verwijderd",
            ])
    }

    @Test func aMeetingNumberAtIntMaxIsRenumberedSoTheNextMeetingCanBeCounted() throws {
        let scratch = StoreScratch()
        var section = storeSampleSection()
        section.meetings.append(Meeting(number: Int.max))
        section.meetings.append(Meeting(number: Int.min))
        _ = try write(section, in: scratch)
        let stored = try scratch.store().load("sectie-engels")
        #expect(stored.section.meetings.map(\.number) == [1, 2, 3])
        #expect(stored.repairs.map(\.english) == ["2 meeting numbers outside 1–9999 renumbered"])
        #expect((stored.section.meetings.map(\.number).max() ?? 0) + 1 == 4)
    }

    @Test func aStepOutOfRangeIsBroughtToTheNearestStepByTheStoreOnly() throws {
        let scratch = StoreScratch()
        var section = storeSampleSection()
        section.initiatives = [
            Initiative(
                title: "Toetsbeleid", stage: .step(10),
                history: [StepChange(from: .step(0), to: .step(10), date: Day("2026-10-01")!)])
        ]
        var text = String(decoding: try SectionFile.encode(section, revision: 1), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"stage\" : \"10\"", with: "\"stage\" : \"12\"")
        text = text.replacingOccurrences(of: "\"from\" : \"0\"", with: "\"from\" : \"-1\"")
        try scratch.write(text, as: "sectie-engels")
        let stored = try scratch.store().load("sectie-engels")
        #expect(stored.section.initiatives[0].stage == .step(10))
        #expect(stored.section.initiatives[0].history[0].from == .step(0))
        #expect(stored.repairs.map(\.english) == ["2 steps outside 0–10 set to the nearest step"])
        #expect(try scratch.bytes("sectie-engels") == Data(text.utf8))
        // Outside the store a step out of range stays an error: only a load reports what it changed.
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Stage.self, from: Data("\"12\"".utf8))
        }
    }

    @Test func aRevisionAtIntMaxIsRefusedAndLeftAsItIs() throws {
        let scratch = StoreScratch()
        let bytes = try write(storeSampleSection(), revision: Int.max, in: scratch)
        let store = try scratch.store()
        let error = storeError { _ = try store.load("sectie-engels") }
        #expect(error?.description.contains("revision") == true)
        _ = storeError {
            _ = try store.save(storeSampleSection(), slug: "sectie-engels", expectedRevision: Int.max)
        }
        #expect(try scratch.bytes("sectie-engels") == bytes)
    }

    @Test func aSoundSectionHasNoRepairs() throws {
        let scratch = StoreScratch()
        let created = try scratch.store().create(storeSampleSection())
        #expect(try scratch.store().load(created.slug).repairs.isEmpty)
    }

    /// Lists inside people, initiatives and network pictures may be missing too.
    @Test func nestedListsMayBeMissing() throws {
        let json = """
            {"id": "00000000-0000-4000-8000-000000000001", "name": "S",
             "people": [{"id": "00000000-0000-4000-8000-000000000002", "name": "Zoë", "initials": "Z",
                         "role": "", "area": "sectie", "privateNote": ""}],
             "initiatives": [{"id": "00000000-0000-4000-8000-000000000003", "title": "T",
                              "origin": "eigen-idee", "stage": "2", "motivation": "", "goal": "",
                              "approach": "", "trial": {"what": "", "watch": ""},
                              "closingCriterion": "", "created": "2026-09-01"}],
             "networks": {
               "sociograms": [{"id": "00000000-0000-4000-8000-000000000004", "name": "team",
                               "privateNote": "",
                               "measurements": [{"id": "00000000-0000-4000-8000-000000000005",
                                                 "date": "2026-10-01", "label": ""}]}],
               "ecograms": [{"id": "00000000-0000-4000-8000-000000000006", "name": "e", "privateNote": "",
                             "centre": {"id": "00000000-0000-4000-8000-000000000007", "name": "c"}}],
               "analyses": [{"id": "00000000-0000-4000-8000-000000000008", "name": "a", "privateNote": ""}]}}
            """
        let section = try JSONDecoder().decode(Section.self, from: Data(json.utf8))
        #expect(section.people[0].attributes.isEmpty)
        #expect(section.initiatives[0].history.isEmpty && section.initiatives[0].involved.isEmpty)
        #expect(section.networks.sociograms[0].measurements[0].choices.isEmpty)
        #expect(section.networks.sociograms[0].layout.isEmpty)
        #expect(section.networks.ecograms[0].contacts.isEmpty)
        #expect(section.networks.analyses[0].schakels.isEmpty)
    }

    /// A new collection needs no migration: a section written before it existed still decodes.
    @Test func aSectionWithoutItsCollectionsDecodesWithEmptyLists() throws {
        let json = """
            {"schemaVersion": 1, "revision": 3,
             "section": {"id": "00000000-0000-4000-8000-000000000001", "name": "Sectie Frans"}}
            """
        let scratch = StoreScratch()
        try scratch.write(json, as: "sectie-frans")
        let stored = try scratch.store().load("sectie-frans")
        #expect(stored.section.name == "Sectie Frans")
        #expect(stored.section.meetings.isEmpty && stored.section.people.isEmpty)
        #expect(stored.section.networks == Networks())
        #expect(stored.revision == 3)

        let partial = """
            {"id": "00000000-0000-4000-8000-000000000001", "name": "S", "networks": {"ecograms": []}}
            """
        let section = try JSONDecoder().decode(Section.self, from: Data(partial.utf8))
        #expect(section.networks.sociograms.isEmpty && section.agenda.isEmpty)
    }
}
