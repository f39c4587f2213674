import Foundation

/// The records of the stappenplan beyond owner, goal, trial agreements and experiences: what the section
/// said at step 3, the reactions at step 5, who joins the trial at step 7, the trial log of step 8, the
/// evidence and successes of step 9, and the results and their sharing when closing.
///
/// In the file these sit directly in the initiative's object (one level, like the older fields), and each
/// is written only when it holds something.
public struct StepDetails: Hashable, Sendable {
    /// Step 3: opinions, points of attention and sources the section gave.
    public var sectionInput: String
    /// Step 5: do the people involved share the goal, is the date realistic, and why.
    public var reactions: String
    /// Step 7: who takes part in the trial.
    public var trialParticipants: [UUID]
    /// Step 8: what happened during the trial, entry by entry.
    public var trialLog: [TrialLogEntry]
    /// Step 9: what the view of the trial rests on.
    public var evidence: Set<EvidenceKind>
    /// Step 9: what went well (the method asks to celebrate it).
    public var successes: String
    /// Afronden: which results were reached.
    public var results: String
    /// Afronden: how the result is shared with colleagues.
    public var sharing: String

    public init(
        sectionInput: String = "", reactions: String = "", trialParticipants: [UUID] = [],
        trialLog: [TrialLogEntry] = [], evidence: Set<EvidenceKind> = [], successes: String = "",
        results: String = "", sharing: String = ""
    ) {
        self.sectionInput = sectionInput
        self.reactions = reactions
        self.trialParticipants = trialParticipants
        self.trialLog = trialLog
        self.evidence = evidence
        self.successes = successes
        self.results = results
        self.sharing = sharing
    }

    enum CodingKeys: String, CodingKey {
        case sectionInput, reactions, trialParticipants, trialLog, evidence, successes, results, sharing
    }

    /// Reads from the initiative's own container; every key may be missing.
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            sectionInput: try c.decodeIfPresent(String.self, forKey: .sectionInput) ?? "",
            reactions: try c.decodeIfPresent(String.self, forKey: .reactions) ?? "",
            trialParticipants: try c.decodeIfPresent([UUID].self, forKey: .trialParticipants) ?? [],
            trialLog: try c.decodeIfPresent([TrialLogEntry].self, forKey: .trialLog) ?? [],
            evidence: try c.decodeIfPresent(Set<EvidenceKind>.self, forKey: .evidence) ?? [],
            successes: try c.decodeIfPresent(String.self, forKey: .successes) ?? "",
            results: try c.decodeIfPresent(String.self, forKey: .results) ?? "",
            sharing: try c.decodeIfPresent(String.self, forKey: .sharing) ?? "")
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func text(_ value: String, _ key: CodingKeys) throws {
            if !value.isEmpty { try c.encode(value, forKey: key) }
        }
        try text(sectionInput, .sectionInput)
        try text(reactions, .reactions)
        if !trialParticipants.isEmpty { try c.encode(trialParticipants, forKey: .trialParticipants) }
        if !trialLog.isEmpty { try c.encode(trialLog, forKey: .trialLog) }
        if !evidence.isEmpty { try c.encodeSorted(evidence, forKey: .evidence) }
        try text(successes, .successes)
        try text(results, .results)
        try text(sharing, .sharing)
    }
}
