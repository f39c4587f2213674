import Foundation

/// A question asked of everyone, e.g. zorg: "Aan wie van de collega's vraag je minstens 1x per maand
/// advies over hoe je omgaat met zorgleerlingen in je groep?" (docs/METHOD.md).
public struct SociogramTopic: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    public var question: String
    /// A negative question ("Met wie werk je liever niet samen?"): every choice is a negative tie.
    public var isNegative: Bool

    public init(id: UUID = UUID(), name: String, question: String = "", isNegative: Bool = false) {
        (self.id, self.name, self.question, self.isNegative) = (id, name, question, isNegative)
    }
}
