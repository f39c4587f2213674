/// Why the stappenplan refuses a move. Each case carries one sentence in both interface languages, so the
/// command line and the interface tell the user the same thing.
public enum StepRefusal: Error, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The target is the stage the initiative already has.
    case alreadyThere
    /// Forward moves skip no step: each step has its own conversation or record.
    case onlyOneStepForward
    /// Closing needs the trial period behind it (steps 8-10): experiences are discussed first.
    case closeOnlyAfterExperiences
    /// A closed or dropped initiative is finished; it has to be reopened at a step before anything else.
    case alreadyFinished
    /// `next` from step 10: there is no step 11.
    case noStepAfterLast
    /// `back` from step 0: there is no step before it.
    case noStepBeforeFirst

    public var english: String {
        switch self {
        case .alreadyThere: return "The initiative is already at that stage."
        case .onlyOneStepForward: return "You can only move forward one step at a time."
        case .closeOnlyAfterExperiences:
            return "Close an initiative from step 9 or 10, after experiences were discussed in the section."
        case .alreadyFinished:
            return "This initiative is already closed or dropped; reopen it at a step first."
        case .noStepAfterLast:
            return "Step 10 is the last step: close the initiative, or go back to step 8 for another trial."
        case .noStepBeforeFirst: return "Step 0 is the first step; there is no step before it."
        }
    }

    public var dutch: String {
        switch self {
        case .alreadyThere: return "Het initiatief staat al bij die stap."
        case .onlyOneStepForward: return "Je kunt maar één stap tegelijk vooruit."
        case .closeOnlyAfterExperiences:
            return
                "Rond een initiatief af vanuit stap 9 of 10, nadat de ervaringen in de sectie zijn besproken."
        case .alreadyFinished:
            return "Dit initiatief is al afgerond of losgelaten; heropen het eerst bij een stap."
        case .noStepAfterLast:
            return
                "Stap 10 is de laatste stap: rond het initiatief af, of ga terug naar stap 8 om opnieuw uit te proberen."
        case .noStepBeforeFirst: return "Stap 0 is de eerste stap; daarvoor is er geen stap."
        }
    }

    public var description: String { english }
}

/// The verdict on one proposed move.
public enum StepVerdict: Hashable, Sendable {
    case allowed
    case forbidden(StepRefusal)

    public var isAllowed: Bool { self == .allowed }
}

/// Which moves through the stappenplan are allowed (docs/METHOD.md).
///
/// - forward exactly one step (0→1 … 9→10): every step is a conversation or a record of its own;
/// - back to any earlier step (this includes 10 → 8, "changes are tried again");
/// - close (afgerond) only from step 9 or 10: after the section has discussed experiences;
/// - drop (losgelaten) from any step: letting go is always possible and is recorded in the history;
/// - reopen: a closed or dropped initiative may go back to any step. Finished stages rank after every
///   step, so reopening is simply "back to an earlier step"; `StepMove.back` picks the step it had when it
///   was finished (see `StepMove`).
/// - between closed and dropped there is no direct move: reopen first, so the history stays readable.
public enum StepRules {
    public static func verdict(from: Stage, to: Stage) -> StepVerdict {
        if from == to { return .forbidden(.alreadyThere) }
        switch (from, to) {
        case (.step(let a), .step(let b)):
            return b < a || b == a + 1 ? .allowed : .forbidden(.onlyOneStepForward)
        case (.step(let a), .closed):
            return a >= 9 ? .allowed : .forbidden(.closeOnlyAfterExperiences)
        case (.step, .dropped):
            return .allowed
        case (.closed, .step), (.dropped, .step):
            return .allowed
        case (.closed, .dropped), (.dropped, .closed):
            return .forbidden(.alreadyFinished)
        case (.closed, .closed), (.dropped, .dropped):
            return .forbidden(.alreadyThere)
        }
    }

    /// Every stage `verdict(from:to:)` allows, in board order.
    public static func allowedTargets(from: Stage) -> [Stage] {
        (Stage.allSteps + [.closed, .dropped]).filter { verdict(from: from, to: $0) == .allowed }
    }
}
