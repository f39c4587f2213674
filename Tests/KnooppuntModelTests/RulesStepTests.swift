import Foundation
import Testing

@testable import KnooppuntModel

/// StepRules, StepMove and Initiative.moved: which moves the stappenplan allows.
@Suite struct RulesStepTests {
    static let everyStage: [Stage] = (0...10).map { .step($0) } + [.closed, .dropped]

    @Test func forwardOnlyOneStepAtATime() {
        for a in 0...10 {
            for b in 0...10 where b > a {
                let verdict = StepRules.verdict(from: .step(a), to: .step(b))
                #expect(verdict == (b == a + 1 ? .allowed : .forbidden(.onlyOneStepForward)), "\(a) → \(b)")
            }
        }
    }

    @Test func backToAnyEarlierStepIncludingTenToEight() {
        for a in 0...10 {
            for b in 0..<a {
                #expect(StepRules.verdict(from: .step(a), to: .step(b)) == .allowed, "\(a) → \(b)")
            }
        }
        #expect(StepRules.verdict(from: .step(10), to: .step(8)) == .allowed)
    }

    @Test func closeOnlyFromNineOrTen() {
        for a in 0...10 {
            let expected: StepVerdict = a >= 9 ? .allowed : .forbidden(.closeOnlyAfterExperiences)
            #expect(StepRules.verdict(from: .step(a), to: .closed) == expected, "close from \(a)")
        }
    }

    @Test func dropFromAnyStepReopenToAnyStep() {
        for a in 0...10 { #expect(StepRules.verdict(from: .step(a), to: .dropped) == .allowed) }
        for finished in [Stage.closed, .dropped] {
            for b in 0...10 { #expect(StepRules.verdict(from: finished, to: .step(b)) == .allowed) }
        }
        #expect(StepRules.verdict(from: .closed, to: .dropped) == .forbidden(.alreadyFinished))
        #expect(StepRules.verdict(from: .dropped, to: .closed) == .forbidden(.alreadyFinished))
    }

    @Test func stayingPutIsNoMove() {
        for stage in Self.everyStage {
            #expect(StepRules.verdict(from: stage, to: stage) == .forbidden(.alreadyThere))
        }
    }

    @Test func allowedTargetsListsExactlyTheAllowedVerdicts() {
        #expect(
            StepRules.allowedTargets(from: .step(4)) == [
                .step(0), .step(1), .step(2), .step(3), .step(5), .dropped,
            ])
        #expect(StepRules.allowedTargets(from: .step(10)) == (0...9).map { .step($0) } + [.closed, .dropped])
        #expect(StepRules.allowedTargets(from: .step(0)) == [.step(1), .dropped])
        #expect(StepRules.allowedTargets(from: .closed) == (0...10).map { .step($0) })
        for from in Self.everyStage {
            for to in Self.everyStage {
                #expect(
                    StepRules.allowedTargets(from: from).contains(to)
                        == StepRules.verdict(from: from, to: to).isAllowed)
            }
        }
    }

    @Test func refusalsAreOneSentenceInBothLanguages() {
        for refusal in StepRefusal.allCases {
            for text in [refusal.english, refusal.dutch] {
                #expect(text.hasSuffix(".") && !text.contains("\n") && text.count > 20, "\(text)")
                #expect(text.first?.isUppercase == true)
            }
            #expect(refusal.english != refusal.dutch)
        }
        #expect(StepRefusal.onlyOneStepForward.english.contains("one step at a time"))
        #expect(StepRefusal.closeOnlyAfterExperiences.english.contains("step 9 or 10"))
    }

    @Test func movesResolveToTargets() {
        let at3 = Initiative(title: "t", stage: .step(3), created: Day("2026-09-01")!)
        #expect(StepMove.next.target(for: at3) == .success(.step(4)))
        #expect(StepMove.back.target(for: at3) == .success(.step(2)))
        #expect(StepMove.close.target(for: at3) == .success(.closed))
        #expect(StepMove.drop.target(for: at3) == .success(.dropped))
        var at10 = at3
        at10.stage = .step(10)
        #expect(StepMove.next.target(for: at10) == .failure(.noStepAfterLast))
        var at0 = at3
        at0.stage = .step(0)
        #expect(StepMove.back.target(for: at0) == .failure(.noStepBeforeFirst))
    }

    @Test func backReopensAtTheStepItHadSkippingNotes() {
        let day = Day("2026-10-01")!
        var closed = Initiative(title: "t", stage: .step(9), created: day).moved(to: .closed, on: day)
        #expect(StepMove.back.target(for: closed) == .success(.step(9)))
        // A note kept in the history at the same stage (closed → closed) must not hide the real move.
        closed.history.append(StepChange(from: .closed, to: .closed, date: day, note: "nagesprek"))
        #expect(StepMove.back.target(for: closed) == .success(.step(9)))
        #expect(StepMove.next.target(for: closed) == .failure(.alreadyFinished))
        // Without any history: step 10 for closed (it can only have come from 9 or 10), step 0 for dropped.
        #expect(
            StepMove.back.target(for: Initiative(title: "c", stage: .closed, created: day))
                == .success(.step(10)))
        #expect(
            StepMove.back.target(for: Initiative(title: "d", stage: .dropped, created: day))
                == .success(.step(0)))
    }

    @Test func movedAppendsToHistory() {
        let day = Day("2026-11-21")!
        let start = Initiative(title: "t", stage: .step(2), created: Day("2026-09-01")!)
        let moved = start.moved(to: .step(3), on: day, note: "in overleg 3")
        #expect(moved.stage == .step(3))
        #expect(moved.history == [StepChange(from: .step(2), to: .step(3), date: day, note: "in overleg 3")])
        #expect(moved.stageSince == day)
        #expect(start.history.isEmpty, "value semantics: the original is unchanged")
    }
}
