import Foundation

/// An answer to an instrument, kept under a response id and never a name: only this machine's
/// `ResponseLedger` knows whose it is.
public protocol AnonymousAnswer: Hashable, Sendable, Codable {
    var responseID: UUID { get }
}

/// One dated round of an instrument: the answers given that day, without names.
public struct InstrumentRound<Answer: AnonymousAnswer>: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID = UUID()
    public var date: Day
    @Defaulted public var answers: [Answer] = []

    /// Replaces the answer with the same response id, or adds it: a member who answers again changes
    /// their answer instead of counting twice.
    public mutating func record(_ answer: Answer) {
        if let i = answers.firstIndex(where: { $0.responseID == answer.responseID }) {
            answers[i] = answer
        } else {
            answers.append(answer)
        }
    }

    public func answer(_ responseID: UUID) -> Answer? {
        answers.first { $0.responseID == responseID }
    }
}

/// One dated round of the dimensieraamwerk (the method asks for two a year): the crosses of every
/// member who answered.
public typealias DimensionRound = InstrumentRound<DimensionAnswer>

/// One dated round of the thermometer for one group.
public typealias ThermometerRound = InstrumentRound<ThermometerAnswer>
