import Foundation

/// One contact around the centre.
public struct EcogramContact: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    /// A person of the section, when the contact is one; else nil and `name` says who it is.
    public var personID: UUID?
    public var name: String
    public var area: Area
    public var ring: EcogramRing
    /// Group memberships, e.g. "sectie Engels", "vakcommunity" (the seed's table groups).
    public var groups: [String]
    /// Never on a shared screen unless switched on.
    public var privateNote: String

    public init(
        id: UUID = UUID(), personID: UUID? = nil, name: String, area: Area = .ownSection,
        ring: EcogramRing = .close, groups: [String] = [], privateNote: String = ""
    ) {
        self.id = id
        self.personID = personID
        self.name = name
        self.area = area
        self.ring = ring
        self.groups = groups
        self.privateNote = privateNote
    }
}
