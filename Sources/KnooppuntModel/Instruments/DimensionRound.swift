import Foundation

/// One dated round of the dimensieraamwerk (the method asks for two a year): the crosses of every
/// member who answered, without names.
public struct DimensionRound: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var date: Day
    @Defaulted public var answers: [DimensionAnswer]

    public init(id: UUID = UUID(), date: Day, answers: [DimensionAnswer] = []) {
        self.id = id
        self.date = date
        self.answers = answers
    }

    /// Replaces the answer with the same response id, or adds it.
    public mutating func record(_ answer: DimensionAnswer) {
        if let i = answers.firstIndex(where: { $0.responseID == answer.responseID }) {
            answers[i] = answer
        } else {
            answers.append(answer)
        }
    }

    public func answer(_ responseID: UUID) -> DimensionAnswer? {
        answers.first { $0.responseID == responseID }
    }
}
