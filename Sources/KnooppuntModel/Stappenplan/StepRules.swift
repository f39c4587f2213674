import KnooppuntWords

/// Why the stappenplan refuses a move. Each case carries one sentence in both interface languages, so the
/// command line and the interface tell the user the same thing.
public enum StepRefusal: Error, Hashable, Sendable, CaseIterable, CustomStringConvertible,
    TextInBothLanguages
{
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

    public func text(_ words: Words) -> String {
        switch self {
        case .alreadyThere: words.refusalAlreadyThere
        case .onlyOneStepForward: words.refusalOnlyOneStepForward
        case .closeOnlyAfterExperiences: words.refusalCloseOnlyAfterExperiences
        case .alreadyFinished: words.refusalAlreadyFinished
        case .noStepAfterLast: words.refusalNoStepAfterLast
        case .noStepBeforeFirst: words.refusalNoStepBeforeFirst
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
