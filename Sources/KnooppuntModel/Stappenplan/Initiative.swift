import Foundation

/// An initiative of the section, moving through the stappenplan (docs/METHOD.md).
public struct Initiative: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var title: String
    public var origin: Origin
    public var stage: Stage
    public var history: [StepChange]
    public var initiators: [UUID]
    public var motivation: String
    public var goal: String
    public var targetDate: Day?
    public var approach: String
    public var trial: TrialAgreement
    public var experiences: [Experience]
    public var involved: [Involvement]
    /// When it counts as finished ("Afronden initiatief": name this beforehand).
    public var closingCriterion: String
    /// The day the initiative was recorded; the start of its first step.
    public var created: Day
    /// The records the later steps ask for (`StepDetails`), each left out of the file while empty.
    public var details: StepDetails

    public init(
        id: UUID = UUID(), title: String, origin: Origin = .ownIdea, stage: Stage = .step(0),
        history: [StepChange] = [], initiators: [UUID] = [], motivation: String = "",
        goal: String = "", targetDate: Day? = nil, approach: String = "",
        trial: TrialAgreement = TrialAgreement(), experiences: [Experience] = [],
        involved: [Involvement] = [], closingCriterion: String = "", created: Day = .today,
        details: StepDetails = StepDetails()
    ) {
        self.id = id
        self.title = title
        self.origin = origin
        self.stage = stage
        self.history = history
        self.initiators = initiators
        self.motivation = motivation
        self.goal = goal
        self.targetDate = targetDate
        self.approach = approach
        self.trial = trial
        self.experiences = experiences
        self.involved = involved
        self.closingCriterion = closingCriterion
        self.created = created
        self.details = details
    }

    /// The day the initiative entered its current stage.
    public var stageSince: Day {
        history.last(where: { $0.to == stage })?.date ?? created
    }
}

extension Initiative {
    enum CodingKeys: String, CodingKey {
        case id, title, origin, stage, history, initiators, motivation, goal, targetDate, approach, trial
        case experiences, involved, closingCriterion, created
    }

    /// Lists may be missing and read as empty, as in `Section`: a list added later needs no migration.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(UUID.self, forKey: .id),
            title: try c.decode(String.self, forKey: .title),
            origin: try c.decode(Origin.self, forKey: .origin),
            stage: try c.decode(Stage.self, forKey: .stage),
            history: try c.decodeIfPresent([StepChange].self, forKey: .history) ?? [],
            initiators: try c.decodeIfPresent([UUID].self, forKey: .initiators) ?? [],
            motivation: try c.decode(String.self, forKey: .motivation),
            goal: try c.decode(String.self, forKey: .goal),
            targetDate: try c.decodeIfPresent(Day.self, forKey: .targetDate),
            approach: try c.decode(String.self, forKey: .approach),
            trial: try c.decode(TrialAgreement.self, forKey: .trial),
            experiences: try c.decodeIfPresent([Experience].self, forKey: .experiences) ?? [],
            involved: try c.decodeIfPresent([Involvement].self, forKey: .involved) ?? [],
            closingCriterion: try c.decode(String.self, forKey: .closingCriterion),
            created: try c.decode(Day.self, forKey: .created),
            details: try StepDetails(from: decoder))
    }

    /// The step records live at the initiative's own level in the file (`sectionInput`, `trialLog`, …),
    /// next to the fields they belong with, and only when filled in: a file from before keeps its bytes.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(origin, forKey: .origin)
        try c.encode(stage, forKey: .stage)
        try c.encode(history, forKey: .history)
        try c.encode(initiators, forKey: .initiators)
        try c.encode(motivation, forKey: .motivation)
        try c.encode(goal, forKey: .goal)
        try c.encodeIfPresent(targetDate, forKey: .targetDate)
        try c.encode(approach, forKey: .approach)
        try c.encode(trial, forKey: .trial)
        try c.encode(experiences, forKey: .experiences)
        try c.encode(involved, forKey: .involved)
        try c.encode(closingCriterion, forKey: .closingCriterion)
        try c.encode(created, forKey: .created)
        try details.encode(to: encoder)
    }
}
