import Foundation

/// How far a contact stands from the centre of an ecogram (docs/METHOD.md: close contacts near, distant ones
/// further out).
public enum EcogramRing: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case close = "dichtbij"
    case middle = "midden"
    case far = "ver"

    /// 1 for close, 2 for middle, 3 for far: the ring number in the drawing.
    public var number: Int { EcogramRing.allCases.firstIndex(of: self)! + 1 }

    public static func < (a: Self, b: Self) -> Bool { a.number < b.number }
}

/// The middle of an ecogram: a person of the section or an organisation (then `personID` is nil).
public struct EcogramCentre: Hashable, Sendable, Codable {
    /// The node id used by ties and the saved layout.
    public var id: UUID
    public var personID: UUID?
    /// The name shown when there is no person (an organisation), and a fallback otherwise.
    public var name: String

    public init(id: UUID = UUID(), personID: UUID? = nil, name: String) {
        self.id = id
        self.personID = personID
        self.name = name
    }
}

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

/// A line in the ecogram: between the centre and a contact or between two contacts.
public struct EcogramTie: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    /// Node ids: the centre's `id` or a contact's `id`. For a one-way tie knowledge flows from → to.
    public var from: UUID
    public var to: UUID
    public var direction: TieDirection
    /// Relation letters, e.g. ["K", "G"]; standard ones or the ecogram's own.
    public var relations: [String]
    public var strength: TieStrength

    public init(
        id: UUID = UUID(), from: UUID, to: UUID, direction: TieDirection = .mutual,
        relations: [String] = ["K"], strength: TieStrength = .strong
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.direction = direction
        self.relations = relations
        self.strength = strength
    }

    public func connects(_ a: UUID, _ b: UUID) -> Bool {
        (from == a && to == b) || (from == b && to == a)
    }

    public func touches(_ node: UUID) -> Bool { from == node || to == node }
}

/// A star-shaped map of one person's or organisation's network (docs/METHOD.md, Ecogram).
/// Lists and the saved layout may be missing and read as empty, as in `Section`.
public struct Ecogram: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    public var centre: EcogramCentre
    @Defaulted public var contacts: [EcogramContact]
    @Defaulted public var ties: [EcogramTie]
    /// Letters the user added besides K, G, E, R.
    @Defaulted public var customRelations: [RelationLetter]
    @Defaulted public var layout: SavedLayout
    public var privateNote: String

    public init(
        id: UUID = UUID(), name: String, centre: EcogramCentre, contacts: [EcogramContact] = [],
        ties: [EcogramTie] = [], customRelations: [RelationLetter] = [], layout: SavedLayout = SavedLayout(),
        privateNote: String = ""
    ) {
        self.id = id
        self.name = name
        self.centre = centre
        self.contacts = contacts
        self.ties = ties
        self.customRelations = customRelations
        self.layout = layout
        self.privateNote = privateNote
    }

    /// Standard letters first, then the user's own.
    public var relationLetters: [RelationLetter] {
        RelationLetter.standard
            + customRelations.filter { c in !RelationLetter.standard.contains { $0.letter == c.letter } }
    }

    public func relation(_ letter: String) -> RelationLetter? {
        relationLetters.first { $0.letter == letter.uppercased() }
    }

    /// True when every letter of the tie is negative (R): such a tie is hidden on a shared screen.
    public func isNegative(_ tie: EcogramTie) -> Bool {
        !tie.relations.isEmpty && tie.relations.allSatisfy { relation($0)?.isNegative ?? false }
    }

    public func contact(_ id: UUID) -> EcogramContact? { contacts.first { $0.id == id } }

    /// Removes a contact and every tie that touches it.
    public mutating func removeContact(_ id: UUID) {
        contacts.removeAll { $0.id == id }
        ties.removeAll { $0.touches(id) }
        layout = layout.removing(id)
    }

    /// Contacts per area (the method asks to count them and reflect on the balance).
    public var contactsPerArea: [Area: Int] {
        Dictionary(grouping: contacts, by: \.area).mapValues(\.count)
    }
}
