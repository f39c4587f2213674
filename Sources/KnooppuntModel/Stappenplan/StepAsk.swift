import Foundation
import KnooppuntWords

/// What an initiative really still needs where it stands, read from what it has: the records the
/// stappenplan asks for first (a skipped one stays missing), then what the current step itself
/// records (the section's input at 3, reactions at 5, who takes part at 7, the trial log at 8, evidence
/// at 9, results at 10), and only when all of that is there, that the step is done. The step's generic
/// task alone would tell a section to "collect input" that it wrote down last week.
public enum StepAsk: Hashable, Sendable {
    case records([MissingRecord])
    /// What the current step records, still empty (Dutch and English wording).
    case stepRecord(dutch: String, english: String)
    /// Everything the step asks is there: the next step can be taken.
    case stepDone(Stage)
    /// Closed or dropped.
    case nothing

    public static func now(_ initiative: Initiative) -> StepAsk {
        let missing = StepRecords.outstanding(for: initiative)
        if !missing.isEmpty { return .records(missing) }
        guard let step = initiative.stage.stepNumber else { return .nothing }
        let d = initiative.details
        let blank: (String) -> Bool = { $0.allSatisfy(\.isWhitespace) }
        switch step {
        case 2 where initiative.involved.allSatisfy({ $0.intensity == nil }):
            return .stepRecord { $0.askInvolvement }
        case 3 where blank(d.sectionInput): return .stepRecord { $0.askSectionInput }
        case 4 where blank(initiative.approach): return .stepRecord { $0.askApproach }
        case 5 where blank(d.reactions): return .stepRecord { $0.askReactions }
        case 7 where d.trialParticipants.isEmpty: return .stepRecord { $0.askParticipants }
        case 8 where d.trialLog.isEmpty: return .stepRecord { $0.askTrialLog }
        case 9 where d.evidence.isEmpty && blank(d.successes): return .stepRecord { $0.askEvidence }
        case 10 where blank(d.results): return .stepRecord { $0.askResults }
        default: return .stepDone(initiative.stage)
        }
    }

    /// What the current step records, from the word tables in both languages.
    static func stepRecord(_ text: (Words) -> String) -> StepAsk {
        let (dutch, english) = Words.both(text)
        return .stepRecord(dutch: dutch, english: english)
    }

    /// The "Nu" line: "Nu vastleggen: …" when something is missing (one colon, not "Nu: vastleggen:"),
    /// else "Nu: …".
    /// `lead` is the line's first word in Dutch and English ("Volgende", "Next"); "Nu" when not given.
    public func line(
        dutch: Bool, lead: (dutch: String, english: String)? = nil, record: (MissingRecord) -> String
    ) -> String {
        let words = Words(isEnglish: !dutch)
        let lead = lead.map { dutch ? $0.dutch : $0.english } ?? words.askNow
        switch self {
        case .records(let missing):
            return words.askRecord(lead: lead, what: missing.map(record).joined(separator: "; "))
        case .stepRecord(let nl, let en):
            return words.askRecord(lead: lead, what: dutch ? nl : en)
        case .stepDone(let stage):
            guard let n = stage.stepNumber else { return lead }
            return n == Stage.lastStep
                ? words.askStepDoneLast(lead: lead, step: n)
                : words.askStepDone(lead: lead, step: n, next: n + 1)
        case .nothing:
            return words.askNothing(lead: lead)
        }
    }

    /// True when something is missing (shown as a warning).
    public var isMissing: Bool {
        switch self {
        case .records, .stepRecord: return true
        case .stepDone, .nothing: return false
        }
    }
}
