import Foundation

/// The section's monitoring instruments (docs/METHOD.md section 6): thermometer groups with their
/// rounds, dimensieraamwerk rounds, meeting evaluations and the interventions agreed on a sociogram
/// measurement. Answers carry response ids, never people.
///
/// Each collection may be missing and reads as empty, so a section from before the instruments opens
/// unchanged and a new instrument needs no migration; a groslijst is written only once someone made one,
/// so older files keep their bytes.
public struct Instruments: Hashable, Sendable, Codable, FileDefault {
    @Defaulted public var thermometerGroups: [ThermometerGroup] = []
    @Defaulted public var dimensionRounds: [DimensionRound] = []
    @Defaulted public var meetingEvaluations: [MeetingEvaluation] = []
    @Defaulted public var interventions: [SociogramIntervention] = []
    /// One long list of contacts per person who made one.
    @OmittedWhenEmpty public var groslijsten: [Groslijst] = []

    public static var fileDefault: Instruments { Instruments() }

    public var isEmpty: Bool {
        thermometerGroups.isEmpty && dimensionRounds.isEmpty && meetingEvaluations.isEmpty
            && interventions.isEmpty && groslijsten.isEmpty
    }

    /// The group `name` names (empty: the whole section), if it exists.
    public func thermometerGroup(named name: String) -> ThermometerGroup? {
        thermometerGroups.first { $0.isNamed(name) }
    }

    public func dimensionRound(on day: Day) -> DimensionRound? {
        dimensionRounds.first { $0.date == day }
    }

    public var dimensionRoundsByDate: [DimensionRound] { dimensionRounds.sorted { $0.date < $1.date } }

    public func evaluation(of meetingID: UUID) -> MeetingEvaluation? {
        meetingEvaluations.first { $0.meetingID == meetingID }
    }

    /// Sets a meeting's evaluation; an empty one removes it, so a skipped question leaves no trace.
    public mutating func setEvaluation(_ evaluation: MeetingEvaluation) {
        meetingEvaluations.removeAll { $0.meetingID == evaluation.meetingID }
        if !evaluation.isEmpty { meetingEvaluations.append(evaluation) }
    }

    public func interventions(measurement: UUID) -> [SociogramIntervention] {
        interventions.filter { $0.measurementID == measurement }
    }
}
