import Foundation

/// What a section agreed to do about what a sociogram measurement showed: what, who (a person of the
/// section by id, or a subgroup or everyone in words), by when, and whether it was done. The comparison
/// with the next measurement is read beside it.
public struct SociogramIntervention: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var sociogramID: UUID
    public var measurementID: UUID
    public var what: String
    /// Who carries it out when that is not one person: "de hele sectie", "de mentoren".
    public var who: String
    /// Who carries it out, when that is one person of the section (found through the person lookup).
    public var personID: UUID?
    public var byWhen: Day?
    public var done: Bool

    enum CodingKeys: String, CodingKey {
        case id, sociogramID, measurementID, what, who, personID, byWhen, done
    }

    public init(
        id: UUID = UUID(), sociogramID: UUID, measurementID: UUID, what: String, who: String = "",
        personID: UUID? = nil, byWhen: Day? = nil, done: Bool = false
    ) {
        self.id = id
        self.sociogramID = sociogramID
        self.measurementID = measurementID
        self.what = what
        self.who = who
        self.personID = personID
        self.byWhen = byWhen
        self.done = done
    }

    /// Who, in words: the person's name when one is linked, else the text, else nil.
    public func whoName(in section: Section) -> String? {
        if let personID, let person = section.person(personID) { return person.name }
        return who.isEmpty ? nil : who
    }

    /// True when the date passed and it is not done: the screen marks it.
    public func isOverdue(today: Day) -> Bool {
        !done && (byWhen.map { $0 < today } ?? false)
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
            personID: try c.decodeIfPresent(UUID.self, forKey: .personID),
            byWhen: try c.decodeIfPresent(Day.self, forKey: .byWhen),
            done: try c.decodeIfPresent(Bool.self, forKey: .done) ?? false)
    }

    /// `done` is written only when true, so files written before it existed keep their bytes.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(sociogramID, forKey: .sociogramID)
        try c.encode(measurementID, forKey: .measurementID)
        try c.encode(what, forKey: .what)
        try c.encode(who, forKey: .who)
        try c.encodeIfPresent(personID, forKey: .personID)
        try c.encodeIfPresent(byWhen, forKey: .byWhen)
        if done { try c.encode(done, forKey: .done) }
    }
}
