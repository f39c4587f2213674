import Foundation

/// The middle of an ecogram: a person of the section or an organisation (then `personID` is nil).
public struct EcogramCentre: Hashable, Sendable, Codable {
    /// The node id used by ties and the saved layout.
    public var id: UUID
    public var personID: UUID?
    /// The name shown when there is no person (an organisation), and a fallback otherwise.
    public var name: String

    public init(id: UUID = UUID(), personID: UUID? = nil, name: String) {
        (self.id, self.personID, self.name) = (id, personID, name)
    }
}
