import Foundation

/// Someone in the sociogram who is not one of the section's people (a team leader, a teaching assistant).
public struct SociogramOutsider: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    public var attributes: [String: String]

    public init(id: UUID = UUID(), name: String, attributes: [String: String] = [:]) {
        (self.id, self.name, self.attributes) = (id, name, attributes)
    }
}
