import Foundation

/// One line of a groslijst: a contact one has or would like to have, marked positive or negative,
/// with a note. A contact who is one of the section's people is linked by id, so a rename follows.
public struct GroslijstEntry: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var personID: UUID?
    // Besides the id, every field may be missing and reads as `init`'s default.
    @Defaulted public var name: String
    @Defaulted public var area: Area
    /// True for a contact the owner would like to have; false for one they have now.
    @Defaulted public var wished: Bool
    /// False marks the contact negative (a tie that costs energy, a contact one avoids): sensitive,
    /// hidden on a shared screen as negative ecogram ties are.
    @DefaultTrue public var positive: Bool
    /// Sensitive like a private note: hidden on a shared screen.
    @Defaulted public var note: String

    public init(
        id: UUID = UUID(), personID: UUID? = nil, name: String, area: Area = .ownSection,
        wished: Bool = false, positive: Bool = true, note: String = ""
    ) {
        self.id = id
        self.personID = personID
        self.name = name
        self.area = area
        self.wished = wished
        self.positive = positive
        self.note = note
    }

    /// The person's current name when linked, else the name as typed.
    public func shownName(in section: Section) -> String {
        personID.flatMap { section.person($0)?.name } ?? name
    }
}
