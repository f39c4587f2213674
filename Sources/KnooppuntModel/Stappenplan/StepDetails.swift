import Foundation

/// The records of the stappenplan beyond owner, goal, trial agreements and experiences: what the section
/// said at step 3, the reactions at step 5, who joins the trial at step 7, the trial log of step 8, the
/// evidence and successes of step 9, and the results and their sharing when closing.
///
/// In the file these sit directly in the initiative's object (one level, like the older fields: see
/// `Initiative.encode(to:)`); each may be missing and is written only when it holds something.
public struct StepDetails: Hashable, Sendable, Codable {
    /// Step 3: opinions, points of attention and sources the section gave.
    @OmittedWhenEmpty public var sectionInput: String
    /// Step 5: do the people involved share the goal, is the date realistic, and why.
    @OmittedWhenEmpty public var reactions: String
    /// Step 7: who takes part in the trial.
    @OmittedWhenEmpty public var trialParticipants: [UUID]
    /// Step 8: what happened during the trial, entry by entry.
    @OmittedWhenEmpty public var trialLog: [TrialLogEntry]
    /// Step 9: what the view of the trial rests on.
    @OmittedWhenEmpty public var evidence: Set<EvidenceKind>
    /// Step 9: what went well (the method asks to celebrate it).
    @OmittedWhenEmpty public var successes: String
    /// Afronden: which results were reached.
    @OmittedWhenEmpty public var results: String
    /// Afronden: how the result is shared with colleagues.
    @OmittedWhenEmpty public var sharing: String

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
}
