import Foundation

/// One answer: `from` names `to` for a topic. Negative choices are personal data, hidden on a shared
/// screen unless switched on.
public struct SociogramChoice: Hashable, Sendable, Codable {
    public var topicID: UUID
    public var from: UUID
    public var to: UUID
    public var negative: Bool

    public init(topicID: UUID, from: UUID, to: UUID, negative: Bool = false) {
        (self.topicID, self.from, self.to, self.negative) = (topicID, from, to, negative)
    }
}
