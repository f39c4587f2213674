import Foundation
import Testing

@testable import KnooppuntModel

@Suite struct InstrumentTests {
    let day1 = Day(year: 2026, month: 10, day: 1)
    let day2 = Day(year: 2027, month: 3, day: 1)

    func answer(_ scores: [Int]) -> ThermometerAnswer {
        ThermometerAnswer(
            vertrouwen: scores[0], normen: scores[1], werkafspraken: scores[2], identificatie: scores[3])
    }

    @Test func sumsAtTheBandEdgesFallInTheirBands() {
        #expect(ThermometerBand(sum: 4) == .nearlyBankrupt)
        #expect(ThermometerBand(sum: 8) == .nearlyBankrupt)
        #expect(ThermometerBand(sum: 9) == .average)
        #expect(ThermometerBand(sum: 13) == .average)
        #expect(ThermometerBand(sum: 14) == .rich)
        #expect(ThermometerBand(sum: 20) == .rich)
        #expect(answer([1, 1, 1, 1]).sum == 4)
        #expect(answer([5, 5, 5, 5]).band == .rich)
        #expect(answer([2, 2, 2, 3]).band == .average)
    }

    @Test func scoresOutOfRangeOrOfTheWrongNumberAreRefused() {
        #expect(ThermometerAnswer(scores: [0, 3, 3, 3]) == nil)
        #expect(ThermometerAnswer(scores: [6, 3, 3, 3]) == nil)
        #expect(ThermometerAnswer(scores: [3, 3, 3]) == nil)
        #expect(ThermometerAnswer(scores: [1, 5, 3, 3]) != nil)
        #expect(DimensionAnswer(positions: Array(repeating: 5, count: 10)) == nil)
        #expect(DimensionAnswer(positions: Array(repeating: 11, count: 11)) == nil)
        #expect(DimensionAnswer(positions: Array(repeating: -1, count: 11)) == nil)
        #expect(DimensionAnswer(positions: Array(repeating: 0, count: 11)) != nil)
    }

    @Test func fewerThanThreeRespondentsShowNoDistributionAndNoMean() {
        for n in 0...2 {
            let s = ScoreSummary.of(Array(repeating: 4, count: n), scale: 1...5)
            #expect(s.respondents == n)
            #expect(s.distribution == nil)
            #expect(s.mean == nil)
        }
        let three = ScoreSummary.of([1, 4, 4], scale: 1...5)
        #expect(three.distribution == [1, 0, 0, 2, 0])
        #expect(three.mean == 3)
    }

    @Test func aSummaryOfOneOrTwoAnswersHidesTheirScoresAndBands() {
        var round = ThermometerRound(date: day1)
        round.record(answer([1, 2, 3, 4]))
        round.record(answer([5, 5, 5, 5]))
        let summary = ThermometerSummary.summarise(round)
        #expect(summary.respondents == 2)
        #expect(summary.bands == nil)
        for statement in ThermometerStatement.allCases {
            #expect(summary.summary(statement).distribution == nil)
            #expect(summary.summary(statement).mean == nil)
        }
        var dims = DimensionRound(date: day1)
        if let a = DimensionAnswer(positions: Array(repeating: 3, count: 11)) { dims.record(a) }
        let d = DimensionSummary.summarise(dims)
        #expect(d.respondents == 1)
        #expect(d.positions == nil)
        #expect(d.means.isEmpty)
    }

    @Test func roundsAreComparedWithThePreviousRound() {
        var group = ThermometerGroup(name: "")
        var first = ThermometerRound(date: day1)
        for s in [[2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]] { first.record(answer(s)) }
        var second = ThermometerRound(date: day2)
        for s in [[4, 2, 2, 2], [4, 3, 3, 3], [4, 4, 4, 4]] { second.record(answer(s)) }
        // Stored out of order: the comparison follows the dates.
        group.rounds = [second, first]
        let rounds = ThermometerSummary.rounds(of: group)
        #expect(rounds.map(\.date) == [day1, day2])
        #expect(rounds[0].change.isEmpty)
        #expect(rounds[1].change[.vertrouwen] == 1)
        #expect(rounds[1].change[.normen] == 0)
        #expect(rounds[1].bands == [0, 2, 1])  // sums 10, 13, 16
        #expect(rounds[1].summary(.vertrouwen).distribution == [0, 0, 0, 3, 0])
    }

    @Test func answeringAgainChangesTheMembersAnswerInsteadOfCountingTwice() {
        var section = Section(name: "Sectie Engels")
        let anna = UUID()
        let bram = UUID()
        var ledger = ResponseLedger()
        let first = section.recordThermometer(
            answer([1, 1, 1, 1]), group: "", person: anna, on: day1, ledger: &ledger)
        section.recordThermometer(answer([3, 3, 3, 3]), group: "", person: bram, on: day1, ledger: &ledger)
        let again = section.recordThermometer(
            answer([5, 5, 5, 5]), group: "", person: anna, on: day1, ledger: &ledger)
        #expect(first.responseID == again.responseID)
        let round = section.instruments.thermometerGroups.first?.rounds.first
        #expect(round?.answers.count == 2)
        #expect(round?.answer(again.responseID)?.sum == 20)
        // A new group name starts a new group; a different date a new round.
        section.recordThermometer(
            answer([2, 2, 2, 2]), group: "Werkgroep Toetsing", person: anna, on: day1, ledger: &ledger)
        section.recordThermometer(answer([2, 2, 2, 2]), group: "", person: anna, on: day2, ledger: &ledger)
        #expect(section.instruments.thermometerGroups.count == 2)
        #expect(section.instruments.thermometerGroup(named: "werkgroep toetsing")?.rounds.count == 1)
        #expect(section.instruments.thermometerGroup(named: "")?.rounds.count == 2)
        #expect(ledger.entries.count == 4)
    }

    @Test func theSharedSectionHoldsNoPersonWithAnAnswer() throws {
        var section = Section(name: "Sectie Engels", people: [Person(name: "Anna de Wit")])
        let anna = section.people[0].id
        var ledger = ResponseLedger()
        section.recordThermometer(answer([2, 3, 4, 5]), group: "", person: anna, on: day1, ledger: &ledger)
        if let crosses = DimensionAnswer(positions: Array(repeating: 7, count: 11)) {
            section.recordDimensions(crosses, person: anna, on: day1, ledger: &ledger)
        }
        let instruments = String(decoding: try JSONEncoder().encode(section.instruments), as: UTF8.self)
        #expect(!instruments.contains(anna.uuidString))
        #expect(ledger.entries(person: anna, section: section.id).count == 2)
        // Forgetting the person on this machine leaves the answers but nothing that links them to her.
        let forgotten = ledger.removingPerson(anna, section: section.id)
        #expect(forgotten.entries.isEmpty)
        let removed = section.removingPerson(anna)
        #expect(removed.instruments == section.instruments)
    }

    @Test func aSectionWithoutInstrumentsDecodesAsEmptyAndIsWrittenWithoutThem() throws {
        let json = #"{"id": "6F1D9A1C-2C7B-4E7E-9D8E-4D1A0F2B3C4D", "name": "Sectie Engels"}"#
        let section = try JSONDecoder().decode(Section.self, from: Data(json.utf8))
        #expect(section.instruments.isEmpty)
        let written = String(decoding: try JSONEncoder().encode(section), as: UTF8.self)
        #expect(!written.contains("instruments"))
        let partial =
            #"{"id": "6F1D9A1C-2C7B-4E7E-9D8E-4D1A0F2B3C4D", "name": "S", "instruments": {"dimensionRounds": []}}"#
        let p = try JSONDecoder().decode(Section.self, from: Data(partial.utf8))
        #expect(p.instruments.thermometerGroups.isEmpty)
        #expect(p.instruments.meetingEvaluations.isEmpty)
    }

    @Test func instrumentsSurviveARoundTrip() throws {
        var section = Section(name: "Sectie Engels")
        var ledger = ResponseLedger()
        section.recordThermometer(
            answer([2, 3, 4, 5]), group: "Team 3", person: UUID(), on: day1, ledger: &ledger)
        let meeting = Meeting(number: 1)
        section.meetings = [meeting]
        section.instruments.setEvaluation(
            MeetingEvaluation(meetingID: meeting.id, wentWell: "korte agenda", doBetter: "op tijd beginnen"))
        let data = try JSONEncoder().encode(section)
        let back = try JSONDecoder().decode(Section.self, from: data)
        #expect(back == section)
        section.instruments.setEvaluation(MeetingEvaluation(meetingID: meeting.id))
        #expect(section.instruments.meetingEvaluations.isEmpty)
    }

    @Test func damagedAnswersAreRepairedOnLoad() {
        var section = Section(name: "S")
        var round = ThermometerRound(date: day1)
        round.answers = [ThermometerAnswer(vertrouwen: 0, normen: 7, werkafspraken: 3, identificatie: 3)]
        let shared = UUID()
        round.answers.append(
            ThermometerAnswer(
                responseID: shared, vertrouwen: 3, normen: 3, werkafspraken: 3, identificatie: 3))
        round.answers.append(
            ThermometerAnswer(
                responseID: shared, vertrouwen: 4, normen: 4, werkafspraken: 4, identificatie: 4))
        section.instruments.thermometerGroups = [ThermometerGroup(rounds: [round])]
        var dims = DimensionRound(date: day1)
        if var bad = DimensionAnswer(positions: Array(repeating: 1, count: 11)) {
            bad.positions = [1, 2]
            dims.answers = [bad]
        }
        section.instruments.dimensionRounds = [dims]
        section.instruments.meetingEvaluations = [MeetingEvaluation(meetingID: UUID(), wentWell: "x")]
        section.instruments.interventions = [
            SociogramIntervention(sociogramID: UUID(), measurementID: UUID(), what: "x")
        ]
        let (repaired, repairs) = SectionValidation.repaired(section)
        let answers = repaired.instruments.thermometerGroups[0].rounds[0].answers
        #expect(answers.count == 2)
        #expect(answers[0].scores == [1, 5, 3, 3])
        #expect(repaired.instruments.dimensionRounds[0].answers.isEmpty)
        #expect(repaired.instruments.meetingEvaluations.isEmpty)
        #expect(repaired.instruments.interventions.isEmpty)
        #expect(!repairs.isEmpty)
        // A summary of a damaged round in memory never traps.
        _ = ThermometerSummary.summarise(round)
    }

    @Test func theLedgerLivesInTheStateFolderAndSurvivesARoundTrip() throws {
        let env = ["XDG_STATE_HOME": "/tmp/x-state", "HOME": "/home/t"]
        #expect(StateDirectory.resolve(environment: env).path == "/tmp/x-state/knooppunt")
        #expect(
            StateDirectory.resolve(environment: ["HOME": "/home/t"]).path == "/home/t/.local/state/knooppunt")
        #expect(
            StateDirectory.resolve(environment: ["XDG_STATE_HOME": "rel", "HOME": "/home/t"]).path
                == "/home/t/.local/state/knooppunt")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ledger-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ResponseLedgerFile(directory: folder.appendingPathComponent("knooppunt"))
        #expect(try file.load().entries.isEmpty)
        var ledger = ResponseLedger()
        _ = ledger.responseIDForAnswering(
            section: UUID(), person: UUID(), instrument: .thermometer, round: UUID())
        try file.save(ledger)
        #expect(try file.load() == ledger)
        try Data("{".utf8).write(to: file.url)
        #expect(throws: StoreError.self) { try file.load() }
    }
}
