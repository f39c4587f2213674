import Foundation

/// What a section agreed to do about what a sociogram measurement showed: what, who (a person, a
/// subgroup, everyone, in words) and by when. The next measurement is read beside it.
public struct SociogramIntervention: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var sociogramID: UUID
    public var measurementID: UUID
    public var what: String
    public var who: String
    public var byWhen: Day?

    public init(
        id: UUID = UUID(), sociogramID: UUID, measurementID: UUID, what: String, who: String = "",
        byWhen: Day? = nil
    ) {
        self.id = id
        self.sociogramID = sociogramID
        self.measurementID = measurementID
        self.what = what
        self.who = who
        self.byWhen = byWhen
    }
}

extension SociogramIntervention {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(UUID.self, forKey: .id),
            sociogramID: try c.decode(UUID.self, forKey: .sociogramID),
            measurementID: try c.decode(UUID.self, forKey: .measurementID),
            what: try c.decodeIfPresent(String.self, forKey: .what) ?? "",
            who: try c.decodeIfPresent(String.self, forKey: .who) ?? "",
            byWhen: try c.decodeIfPresent(Day.self, forKey: .byWhen))
    }
}
