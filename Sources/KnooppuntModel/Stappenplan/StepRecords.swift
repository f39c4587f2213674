import KnooppuntWords

/// A record the stappenplan asks for that an initiative does not have yet.
/// The method's case (docs/METHOD.md) shows why each matters: an initiative without an owner, without a goal with
/// a date, or without explicit trial agreements did not thrive.
public enum MissingRecord: Hashable, Sendable, CaseIterable, CustomStringConvertible, TextInBothLanguages {
    /// Step 1: at least one initiator (`Initiative.initiators`).
    case owner
    /// Step 1: why the initiator takes it up (`Initiative.motivation`); the step's conversation is about
    /// exactly that.
    case motivation
    /// Step 2: at least one involved person (`Initiative.involved`).
    case involvedPeople
    /// Step 4: a goal and the date it should be reached (`goal`, `targetDate`).
    case goalAndDate
    /// Step 8: what is tried and until when (`trial.what`, `trial.until`; what to watch is optional).
    case trialAgreements
    /// Step 9: at least one experience (`experiences`).
    case experiences
    /// Afronden: when the initiative counts as finished (`closingCriterion`).
    case closingCriterion

    /// The stage that asks for this record.
    public var askedAt: Stage {
        switch self {
        case .owner, .motivation: return .step(1)
        case .involvedPeople: return .step(2)
        case .goalAndDate: return .step(4)
        case .trialAgreements: return .step(8)
        case .experiences: return .step(9)
        case .closingCriterion: return .closed
        }
    }

    /// The coding keys of the `Initiative` fields this record lives in (for forms and messages).
    public var fields: [String] {
        switch self {
        case .owner: return ["initiators"]
        case .motivation: return ["motivation"]
        case .involvedPeople: return ["involved"]
        case .goalAndDate: return ["goal", "targetDate"]
        case .trialAgreements: return ["trial"]
        case .experiences: return ["experiences"]
        case .closingCriterion: return ["closingCriterion"]
        }
    }

    public func isMissing(in initiative: Initiative) -> Bool {
        switch self {
        case .owner: return initiative.initiators.isEmpty
        case .motivation: return isBlank(initiative.motivation)
        case .involvedPeople: return initiative.involved.isEmpty
        case .goalAndDate: return isBlank(initiative.goal) || initiative.targetDate == nil
        case .trialAgreements: return isBlank(initiative.trial.what) || initiative.trial.until == nil
        case .experiences: return initiative.experiences.allSatisfy { isBlank($0.text) }
        case .closingCriterion: return isBlank(initiative.closingCriterion)
        }
    }

    public func text(_ words: Words) -> String {
        switch self {
        case .owner: words.missingOwner
        case .motivation: words.missingMotivation
        case .involvedPeople: words.missingInvolvedPeople
        case .goalAndDate: words.missingGoalAndDate
        case .trialAgreements: words.missingTrialAgreements
        case .experiences: words.missingExperiences
        case .closingCriterion: words.missingClosingCriterion
        }
    }

    public var description: String { english }

    private func isBlank(_ s: String) -> Bool { s.allSatisfy(\.isWhitespace) }
}

/// What the stappenplan wants recorded before an initiative moves on. These are WARNINGS: the user may
/// override them (`--force` on the command line, a confirmation in the interface).
///
/// The rule, precisely:
/// - moving FORWARD out of step k (to k+1) warns about every record asked at steps 0…k that is still
///   missing. Cumulative on purpose: a later step builds on all earlier records (a trial without an owner
///   is the seed's failure), and a forced skip keeps warning at every later move until it is filled in;
/// - CLOSING (from 9 or 10) warns about every step record plus the closing criterion;
/// - moving BACK, DROPPING and REOPENING never warn: they do not build on the records;
/// - a move `StepRules` forbids gets no warnings (the refusal comes first).
public enum StepRecords {
    public static func missing(for initiative: Initiative, movingTo target: Stage) -> [MissingRecord] {
        guard StepRules.verdict(from: initiative.stage, to: target) == .allowed else { return [] }
        switch (initiative.stage, target) {
        case (.step(let a), .step(let b)) where b == a + 1:
            return missing(in: initiative, askedUpTo: a)
        case (.step, .closed):
            return missing(in: initiative, askedUpTo: Stage.lastStep)
                + (MissingRecord.closingCriterion.isMissing(in: initiative) ? [.closingCriterion] : [])
        default:
            return []
        }
    }

    /// The record the CURRENT stage asks for that is still empty (the board's mark); nil when the stage
    /// asks for none (0, 3, 5, 6, 7, 10, dropped) or it is filled in.
    public static func missingNow(for initiative: Initiative) -> MissingRecord? {
        allMissingNow(for: initiative).first
    }

    /// Every record the current stage asks for that is still empty, in the order of the method.
    public static func allMissingNow(for initiative: Initiative) -> [MissingRecord] {
        MissingRecord.allCases.filter { $0.askedAt == initiative.stage && $0.isMissing(in: initiative) }
    }

    /// What is actually missing for an initiative where it stands: every record asked at its stage or
    /// before that is still empty (a skipped record stays missing). Closed and dropped initiatives: none.
    public static func outstanding(for initiative: Initiative) -> [MissingRecord] {
        guard let step = initiative.stage.stepNumber else { return [] }
        return missing(in: initiative, askedUpTo: step)
    }

    private static func missing(in initiative: Initiative, askedUpTo step: Int) -> [MissingRecord] {
        MissingRecord.allCases.filter { record in
            guard let asked = record.askedAt.stepNumber, asked <= step else { return false }
            return record.isMissing(in: initiative)
        }
    }
}
