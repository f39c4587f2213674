import Foundation

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
