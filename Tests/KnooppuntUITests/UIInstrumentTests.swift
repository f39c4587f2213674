import Foundation
import Testing

@testable import KnooppuntModel
@testable import KnooppuntUI

/// The instrument screens: a member answers privately, the shared view shows totals only, the
/// machine's ledger (not the section) knows whose answer is whose, and meeting mode ends with two
/// short questions whose answers open the next meeting.
@Suite struct UIInstrumentTests {
    @Test func aPrivateThermometerAnswerIsSavedWithoutANameAndItsLedgerOutsideTheSection() throws {
        var d = UIDriver(exhaustive: try NetworksFixture.section(), width: 80, height: 24)
        d.key(.character("7"))
        d.key(.character("a"))
        d.key(.enter)  // the first person
        let person = d.state.section.people[0]
        #expect(d.state.thermometer.entry?.personID == person.id)
        for c in "4352" { d.key(.character(c)) }
        #expect(d.screen.contains("Jouw som: 14"))
        d.key(.enter)
        #expect(d.state.thermometer.entry == nil)
        let ledger = try #require(d.state.responses)
        let entry = try #require(ledger.entries.first)
        #expect(entry.personID == person.id)
        #expect(d.effects.contains(.saveResponses(ledger)))
        let groupID = try #require(d.state.section.instruments.thermometerGroups.first?.id)
        d.expectSection { s in
            s.instruments.thermometerGroups = [
                ThermometerGroup(
                    id: groupID,
                    rounds: [
                        ThermometerRound(
                            id: entry.roundID, date: UIFixture.today,
                            answers: [
                                ThermometerAnswer(
                                    responseID: entry.responseID, vertrouwen: 4, normen: 3, werkafspraken: 5,
                                    identificatie: 2)
                            ])
                    ])
            ]
        }
        // The shared view names nobody and, with one answer, shows no scores.
        #expect(!d.screen.contains(person.name))
        #expect(d.screen.contains("Minder dan 3 antwoorden"))
        // Answering again changes the answer and shows the member their own scores first.
        d.key(.character("a"))
        d.key(.enter)
        #expect(d.state.thermometer.entry?.values == [4, 3, 5, 2])
        #expect(d.state.thermometer.entry?.changing == true)
        d.key(.escape)
        #expect(d.state.thermometer.entry == nil)
        d.finish()
    }

    @Test func screenKeysStayInsideAPrivateEntry() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 80, height: 24)
        d.key(.character("8"))
        d.key(.character("a"))
        d.key(.enter)
        d.key(.character("q"))
        d.key(.tab)
        #expect(d.state.screen == .dimensies)
        #expect(d.state.dimensies.entry != nil)
        // Leaving the screen another way ends the entry without saving.
        d.key(.escape)
        #expect(d.state.section.instruments.dimensionRounds.isEmpty)
    }

    @Test func anUnreadableLedgerRefusesPrivateEntry() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 80, height: 24)
        d.state.responses = nil
        d.key(.character("7"))
        d.key(.character("a"))
        #expect(d.state.dialog == nil)
        #expect(d.state.statusIsError)
    }

    @Test func leavingMeetingModeAsksTheEvaluationAndTheNextMeetingShowsIt() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 100, height: 30)
        d.key(.character("m"))
        d.key(.enter)
        let held = try #require(d.state.meeting.meetingID)
        d.key(.escape)
        #expect(d.state.screen != .meeting)
        d.send(.paste("korte agenda"))
        d.key(.enter)
        d.send(.paste("eerder beginnen"))
        d.key(.enter)
        #expect(
            d.state.section.instruments.evaluation(of: held)
                == MeetingEvaluation(meetingID: held, wentWell: "korte agenda", doBetter: "eerder beginnen"))
        // The next meeting opens with it.
        d.key(.character("m"))
        d.key(.down)
        d.key(.enter)
        #expect(d.screen.contains("ging goed: korte agenda"))
        #expect(d.screen.contains("beter: eerder beginnen"))
        // Esc on the questions skips them: nothing changes.
        let before = d.state.section
        d.key(.escape)
        d.key(.escape)
        #expect(d.state.section == before)
    }

    @Test func removingAPersonDropsTheirLinkToTheirAnswers() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 80, height: 24)
        d.key(.character("7"))
        d.key(.character("a"))
        d.key(.enter)
        d.key(.enter)
        #expect(d.state.responses?.entries.count == 1)
        d.key(.character("5"))
        d.key(.character("d"))
        d.key(.enter)
        #expect(d.state.responses?.entries.isEmpty == true)
        #expect(d.effects.last == .saveResponses(ResponseLedger()))
        #expect(d.state.section.instruments.thermometerGroups.first?.rounds.first?.answers.count == 1)
    }
}
