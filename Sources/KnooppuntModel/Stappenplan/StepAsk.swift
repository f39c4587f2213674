import Foundation

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
            return .stepRecord(
                dutch: "hoe intensief is ieder betrokken (w in de editor)",
                english: "how intensively each person is involved (w in the editor)")
        case 3 where blank(d.sectionInput):
            return .stepRecord(dutch: "de inbreng van de sectie", english: "the section's input")
        case 4 where blank(initiative.approach):
            return .stepRecord(dutch: "een eerste aanpak", english: "a first approach")
        case 5 where blank(d.reactions):
            return .stepRecord(
                dutch: "de reacties van de betrokkenen", english: "the reactions of those involved")
        case 7 where d.trialParticipants.isEmpty:
            return .stepRecord(dutch: "wie meedoen met uitproberen", english: "who takes part in the trial")
        case 8 where d.trialLog.isEmpty:
            return .stepRecord(dutch: "het logboek van het uitproberen", english: "the trial log")
        case 9 where d.evidence.isEmpty && blank(d.successes):
            return .stepRecord(dutch: "bewijs en successen", english: "evidence and successes")
        case 10 where blank(d.results):
            return .stepRecord(dutch: "de resultaten", english: "the results")
        default:
            return .stepDone(initiative.stage)
        }
    }

    /// The "Nu" line: "Nu vastleggen: …" when something is missing (one colon, not "Nu: vastleggen:"),
    /// else "Nu: …".
    /// `lead` is the line's first word ("Nu", "Volgende") in Dutch and English.
    public func line(
        dutch: Bool, lead: (dutch: String, english: String) = ("Nu", "Now"), record: (MissingRecord) -> String
    ) -> String {
        let word = dutch ? lead.dutch : lead.english
        return word + body(dutch: dutch, record: record)
    }

    /// The line after its first word: " vastleggen: …" or ": …".
    func body(dutch: Bool, record: (MissingRecord) -> String) -> String {
        switch self {
        case .records(let missing):
            return (dutch ? " vastleggen: " : " record: ") + missing.map(record).joined(separator: "; ")
        case .stepRecord(let nl, let en):
            return dutch ? " vastleggen: " + nl : " record: " + en
        case .stepDone(let stage):
            guard let n = stage.stepNumber else { return "" }
            if n == Stage.lastStep {
                return dutch
                    ? ": alles van stap \(n) staat er; bijstellen of afronden"
                    : ": everything of step \(n) is there; adjust or close"
            }
            return dutch
                ? ": alles van stap \(n) staat er; klaar voor stap \(n + 1) (>)"
                : ": everything of step \(n) is there; ready for step \(n + 1) (>)"
        case .nothing:
            return dutch ? ": niets meer" : ": nothing more"
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
