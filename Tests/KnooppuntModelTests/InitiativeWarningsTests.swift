import Foundation
import Testing

@testable import KnooppuntModel

/// The safeguards: target date, trial end, owner gone or leaving, experiences before the trial.
@Suite struct InitiativeWarningsTests {
    static let today = Day("2027-02-01")!

    static func section(
        stage: Stage, target: Day? = nil, trialUntil: Day? = nil, leaving: [Day?] = [nil]
    ) -> (Section, Initiative) {
        let people = leaving.enumerated().map { Person(name: "Docent \($0.offset)", leaving: $0.element) }
        let initiative = Initiative(
            title: "Rekenen", stage: stage, initiators: people.map(\.id), targetDate: target,
            trial: TrialAgreement(what: "x", until: trialUntil), created: Day("2026-09-01")!)
        return (Section(name: "Wiskunde", people: people, initiatives: [initiative]), initiative)
    }

    static func warnings(_ pair: (Section, Initiative)) -> [InitiativeWarning] {
        InitiativeWarnings.warnings(for: pair.1, in: pair.0, today: today)
    }

    @Test func targetDatePassedOnlyWhileOpen() {
        #expect(
            Self.warnings(Self.section(stage: .step(5), target: Day("2027-01-31"))) == [
                .targetDatePassed(Day("2027-01-31")!)
            ])
        #expect(Self.warnings(Self.section(stage: .step(5), target: Self.today)).isEmpty, "the day itself")
        #expect(Self.warnings(Self.section(stage: .closed, target: Day("2026-12-01"))).isEmpty)
        #expect(Self.warnings(Self.section(stage: .dropped, target: Day("2026-12-01"))).isEmpty)
    }

    @Test func trialEndPassedOnlyAtStepEight() {
        let ended = Day("2027-01-15")!
        #expect(Self.warnings(Self.section(stage: .step(8), trialUntil: ended)) == [.trialEnded(ended)])
        #expect(Self.warnings(Self.section(stage: .step(9), trialUntil: ended)).isEmpty)
        #expect(Self.warnings(Self.section(stage: .step(8), trialUntil: Day("2027-03-01"))).isEmpty)
    }

    @Test func noInitiatorLeftPastStepOne() {
        #expect(Self.warnings(Self.section(stage: .step(3), leaving: [])) == [.noInitiator])
        #expect(Self.warnings(Self.section(stage: .step(1), leaving: [])).isEmpty, "step 1 asks for one")
        // Everyone who owned it has left by now.
        #expect(Self.warnings(Self.section(stage: .step(4), leaving: [Day("2027-01-01")])) == [.noInitiator])
        // A removed person no longer counts as owner.
        var (section, initiative) = Self.section(stage: .step(4))
        section.people = []
        #expect(
            InitiativeWarnings.warnings(for: initiative, in: section, today: Self.today) == [.noInitiator])
        initiative.stage = .step(0)
        #expect(InitiativeWarnings.warnings(for: initiative, in: section, today: Self.today).isEmpty)
    }

    @Test func ownerLeavingBeforeTheTargetDateNeedsAnOwner() {
        let leaves = Day("2027-04-01")!
        let pair = Self.section(stage: .step(4), target: Day("2027-06-01"), leaving: [leaves])
        #expect(Self.warnings(pair) == [.ownerLeaving(person: pair.0.people[0].id, on: leaves)])
        #expect(Self.warnings(pair)[0].dutch { _ in "Anna" }.contains("eigenaar nodig"))
        // Leaving after the target date, or a partner who stays: no warning.
        #expect(
            Self.warnings(Self.section(stage: .step(4), target: Day("2027-03-01"), leaving: [leaves])).isEmpty
        )
        #expect(
            Self.warnings(Self.section(stage: .step(4), target: Day("2027-06-01"), leaving: [leaves, nil]))
                .isEmpty)
    }

    @Test func experiencesBeforeTheTrialAreFlaggedForComingMeetings() {
        var (section, initiative) = Self.section(stage: .step(6))
        let past = Meeting(number: 1, date: Day("2027-01-10"))
        let coming = Meeting(number: 2, date: Day("2027-03-10"))
        section.meetings = [past, coming]
        section.agenda = [
            AgendaItem(
                meetingID: past.id, column: .ervaringenUitwisselen, subject: .initiative(initiative.id)),
            AgendaItem(
                meetingID: coming.id, column: .ervaringenUitwisselen, subject: .initiative(initiative.id)),
        ]
        #expect(
            InitiativeWarnings.warnings(for: initiative, in: section, today: Self.today) == [
                .experiencesTooEarly(meetingNumber: 2)
            ])
        initiative.stage = .step(8)
        #expect(InitiativeWarnings.warnings(for: initiative, in: section, today: Self.today).isEmpty)
    }

    @Test func allListsOnlyInitiativesWithWarnings() {
        let (section, _) = Self.section(stage: .step(5), target: Day("2027-01-31"))
        #expect(InitiativeWarnings.all(in: section, today: Self.today).count == 1)
        #expect(InitiativeWarnings.all(in: section, today: Day("2027-01-01")!).isEmpty)
    }
}
