import Foundation

/// One dated round of the thermometer for one group: the answers given that day, without names.
public struct ThermometerRound: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var date: Day
    @Defaulted public var answers: [ThermometerAnswer]

    public init(id: UUID = UUID(), date: Day, answers: [ThermometerAnswer] = []) {
        self.id = id
        self.date = date
        self.answers = answers
    }

    /// Replaces the answer with the same response id, or adds it: a member who answers again changes
    /// their answer instead of counting twice.
    public mutating func record(_ answer: ThermometerAnswer) {
        if let i = answers.firstIndex(where: { $0.responseID == answer.responseID }) {
            answers[i] = answer
        } else {
            answers.append(answer)
        }
    }

    public func answer(_ responseID: UUID) -> ThermometerAnswer? {
        answers.first { $0.responseID == responseID }
    }
}
