import Foundation

/// Placeholder until the network issue fills in the model.
public struct Sociogram: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    public init(id: UUID = UUID(), name: String) {
        self.id = id
        self.name = name
    }
}
