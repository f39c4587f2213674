import Foundation

/// One person involved in an initiative, with one or more positions.
public struct Involvement: Hashable, Sendable, Codable {
    public var personID: UUID
    public var positions: Set<InvolvementPosition>
    /// How deeply they take part (step 2); nil until someone says so.
    public var intensity: InvolvementIntensity?

    public init(
        personID: UUID, positions: Set<InvolvementPosition>, intensity: InvolvementIntensity? = nil
    ) {
        self.personID = personID
        self.positions = positions
        self.intensity = intensity
    }

    /// Positions are written in the order i p s l g (a Set's own order changes per process and would
    /// make files churn); the intensity only when set, so older files stay as they were.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(personID, forKey: .personID)
        try c.encode(positions.fileForm, forKey: .positions)
        try c.encodeIfPresent(intensity, forKey: .intensity)
    }
}
