import Foundation

/// What a section agreed to do about what a sociogram measurement showed: what, who (a person of the
/// section by id, or a subgroup or everyone in words), by when, and whether it was done. The comparison
/// with the next measurement is read beside it. `done` is written only when true, so files written
/// before it existed keep their bytes.
public struct SociogramIntervention: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var sociogramID: UUID
    public var measurementID: UUID
    @Defaulted public var what: String
    /// Who carries it out when that is not one person: "de hele sectie", "de mentoren".
    @Defaulted public var who: String
    /// Who carries it out, when that is one person of the section (found through the person lookup).
    public var personID: UUID?
    public var byWhen: Day?
    @OmittedWhenEmpty public var done: Bool

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
