import Foundation
import Testing

@testable import KnooppuntModel

/// StepRecords and MissingRecord: what each step asks to be recorded, as warnings.
@Suite struct RulesRecordTests {
    static let day = Day("2026-10-01")!
    static let person = UUID()

    /// An initiative with every record filled in.
    static func complete(at stage: Stage) -> Initiative {
        Initiative(
            title: "Compleet", stage: stage, initiators: [person], motivation: "Wil het graag", goal: "Doel",
            targetDate: Day("2027-06-01"),
            trial: TrialAgreement(what: "Iets", until: Day("2027-01-01"), watch: ""),
            experiences: [Experience(date: day, text: "Ging goed")],
            involved: [Involvement(personID: person, positions: [.initiator])],
            closingCriterion: "Als iedereen het doet",
            created: day)
    }

    static func empty(at stage: Stage) -> Initiative { Initiative(title: "Leeg", stage: stage, created: day) }

    @Test func eachRecordIsAskedAtItsStep() {
        #expect(MissingRecord.owner.askedAt == .step(1))
        #expect(MissingRecord.motivation.askedAt == .step(1))
        #expect(MissingRecord.involvedPeople.askedAt == .step(2))
        #expect(MissingRecord.goalAndDate.askedAt == .step(4))
        #expect(MissingRecord.trialAgreements.askedAt == .step(8))
        #expect(MissingRecord.experiences.askedAt == .step(9))
        #expect(MissingRecord.closingCriterion.askedAt == .closed)
    }

    @Test func whatCountsAsMissing() {
        let full = Self.complete(at: .step(9))
        for record in MissingRecord.allCases {
            #expect(!record.isMissing(in: full), "\(record) present")
            #expect(record.isMissing(in: Self.empty(at: .step(9))), "\(record) missing")
        }
        var partial = full
        partial.targetDate = nil
        #expect(MissingRecord.goalAndDate.isMissing(in: partial), "a goal without a date is not enough")
        partial = full
        partial.goal = "   "
        #expect(MissingRecord.goalAndDate.isMissing(in: partial), "white space is no goal")
        partial = full
        partial.trial.until = nil
        #expect(MissingRecord.trialAgreements.isMissing(in: partial), "a trial needs an end")
        partial = full
        partial.trial.watch = ""
        #expect(!MissingRecord.trialAgreements.isMissing(in: partial), "what to watch is optional")
        partial = full
        partial.experiences = [Experience(date: Self.day, text: " ")]
        #expect(MissingRecord.experiences.isMissing(in: partial))
    }

    @Test func forwardWarnsAboutEveryRecordAskedSoFar() {
        #expect(
            StepRecords.missing(for: Self.empty(at: .step(0)), movingTo: .step(1)).isEmpty,
            "step 0 asks nothing")
        #expect(
            StepRecords.missing(for: Self.empty(at: .step(1)), movingTo: .step(2)) == [.owner, .motivation])
        #expect(
            StepRecords.missing(for: Self.empty(at: .step(2)), movingTo: .step(3)) == [
                .owner, .motivation, .involvedPeople,
            ])
        #expect(
            StepRecords.missing(for: Self.empty(at: .step(4)), movingTo: .step(5)) == [
                .owner, .motivation, .involvedPeople, .goalAndDate,
            ])
        #expect(
            StepRecords.missing(for: Self.empty(at: .step(8)), movingTo: .step(9))
                == [.owner, .motivation, .involvedPeople, .goalAndDate, .trialAgreements])
        for step in 0..<10 {
            #expect(
                StepRecords.missing(for: Self.complete(at: .step(step)), movingTo: .step(step + 1)).isEmpty)
        }
        // A motivation of white space is no motivation.
        var blank = Self.complete(at: .step(1))
        blank.motivation = "  \n"
        #expect(StepRecords.missing(for: blank, movingTo: .step(2)) == [.motivation])
        // Only the missing one is named.
        var noGoal = Self.complete(at: .step(4))
        noGoal.goal = ""
        #expect(StepRecords.missing(for: noGoal, movingTo: .step(5)) == [.goalAndDate])
    }

    @Test func closingWarnsAboutTheCriterionToo() {
        var noCriterion = Self.complete(at: .step(10))
        noCriterion.closingCriterion = ""
        #expect(StepRecords.missing(for: noCriterion, movingTo: .closed) == [.closingCriterion])
        #expect(StepRecords.missing(for: Self.complete(at: .step(9)), movingTo: .closed).isEmpty)
        #expect(
            StepRecords.missing(for: Self.empty(at: .step(9)), movingTo: .closed) == MissingRecord.allCases)
    }

    @Test func backDropReopenAndForbiddenMovesNeverWarn() {
        let empty = Self.empty(at: .step(6))
        #expect(StepRecords.missing(for: empty, movingTo: .step(2)).isEmpty)
        #expect(StepRecords.missing(for: empty, movingTo: .dropped).isEmpty)
        #expect(
            StepRecords.missing(for: empty, movingTo: .step(9)).isEmpty, "forbidden: the refusal comes first")
        #expect(StepRecords.missing(for: empty, movingTo: .closed).isEmpty, "forbidden from 6")
        #expect(StepRecords.missing(for: Self.empty(at: .dropped), movingTo: .step(4)).isEmpty)
    }

    @Test func missingNowIsTheRecordOfTheCurrentStage() {
        let expected: [Stage: MissingRecord?] = [
            .step(0): nil, .step(1): .owner, .step(2): .involvedPeople, .step(3): nil, .step(4): .goalAndDate,
            .step(5): nil, .step(6): nil, .step(7): nil, .step(8): .trialAgreements, .step(9): .experiences,
            .step(10): nil, .closed: .closingCriterion, .dropped: nil,
        ]
        for (stage, record) in expected {
            #expect(StepRecords.missingNow(for: Self.empty(at: stage)) == record, "\(stage)")
            #expect(StepRecords.missingNow(for: Self.complete(at: stage)) == nil, "\(stage) complete")
        }
        #expect(StepRecords.allMissingNow(for: Self.empty(at: .step(1))) == [.owner, .motivation])
    }

    @Test func outstandingListsEverySkippedRecordUpToTheStage() {
        #expect(
            StepRecords.outstanding(for: Self.empty(at: .step(4)))
                == [.owner, .motivation, .involvedPeople, .goalAndDate])
        #expect(StepRecords.outstanding(for: Self.complete(at: .step(9))).isEmpty)
        #expect(StepRecords.outstanding(for: Self.empty(at: .closed)).isEmpty)
    }

    @Test func recordFieldsAreRealFieldsOfInitiative() throws {
        let data = try JSONEncoder().encode(Self.complete(at: .step(4)))
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys
        for record in MissingRecord.allCases {
            for field in record.fields { #expect(keys.contains(field), "\(record): \(field)") }
            #expect(!record.dutch.isEmpty && !record.english.isEmpty && record.dutch != record.english)
        }
    }
}
