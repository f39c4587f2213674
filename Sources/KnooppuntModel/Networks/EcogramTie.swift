import Foundation

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
