import Foundation

/// One round of asking the questions, on a date. A repeat a year later is a second measurement, so the
/// two pictures can be compared. A measurement without its list of choices reads as one with none yet.
public struct SociogramMeasurement: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var date: Day
    public var label: String
    @Defaulted public var choices: [SociogramChoice]

    public init(id: UUID = UUID(), date: Day, label: String = "", choices: [SociogramChoice] = []) {
        (self.id, self.date, self.label, self.choices) = (id, date, label, choices)
    }

    public func choices(topic: UUID?) -> [SociogramChoice] {
        guard let topic else { return choices }
        return choices.filter { $0.topicID == topic }
    }

    public func hasChoice(topic: UUID, from: UUID, to: UUID) -> Bool {
        choices.contains { $0.topicID == topic && $0.from == from && $0.to == to }
    }

    /// Adds the choice when absent, removes it when present: the space bar in the sociomatrix.
    public mutating func toggle(topic: UUID, from: UUID, to: UUID, negative: Bool = false) {
        guard from != to else { return }
        if let i = choices.firstIndex(where: { $0.topicID == topic && $0.from == from && $0.to == to }) {
            choices.remove(at: i)
        } else {
            choices.append(SociogramChoice(topicID: topic, from: from, to: to, negative: negative))
        }
    }
}
