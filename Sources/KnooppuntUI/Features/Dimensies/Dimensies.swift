import Foundation
import KnooppuntModel

/// The dimensieraamwerk screen: which indicator is selected (its poles are spelled out below the
/// strips), and, while one member places their crosses privately, that entry (eleven positions).
struct DimensiesState: Hashable, Sendable {
    var indicator = 0
    /// The round shown, as an index in date order; nil: the latest. ← → browse older rounds.
    var round: Int?
    var entry: PrivateEntry?
}

extension DimensiesFeature {
    static var entry: WritableKeyPath<AppState, PrivateEntry?> { \.dimensies.entry }
    static var scale: ClosedRange<Int> { 0...10 }
    static var jumpsToEnds: Bool { true }

    static func sharedKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let last = DimensionIndicator.allCases.count - 1
        switch key {
        case .down, .character("j"): state.dimensies.indicator = min(last, state.dimensies.indicator + 1)
        case .up, .character("k"): state.dimensies.indicator = max(0, state.dimensies.indicator - 1)
        case .left, .character("h"), .right, .character("l"):
            let count = state.section.instruments.dimensionRounds.count
            guard count > 1 else { return [] }
            let now = min(state.dimensies.round ?? count - 1, count - 1)
            let older = key == .left || key == .character("h")
            let next = max(0, min(count - 1, now + (older ? -1 : 1)))
            state.dimensies.round = next == count - 1 ? nil : next
            let date = state.section.instruments.dimensionRoundsByDate[next].date
            state.say(state.words.roundOf(value: next + 1, count: count, date: date))
        default: return nil
        }
        return []
    }

    /// Every cross starts in the middle.
    static var startValues: [Int] { Array(repeating: 5, count: DimensionIndicator.allCases.count) }

    /// Where the member put their crosses in that day's round, when it has all of them.
    static func ownValues(_ state: AppState, person: UUID, day: Day) -> [Int]? {
        guard let round = state.section.instruments.dimensionRound(on: day),
            let own = ownResponse(state, person: person, .dimensies, round: round.id).flatMap(round.answer),
            own.positions.count == DimensionIndicator.allCases.count
        else { return nil }
        return own.positions.map { min(10, max(0, $0)) }
    }

    static func entryWords(_ state: AppState) -> (row: String, value: String) {
        ("indicator", state.words.cross)
    }

    static func record(_ entry: PrivateEntry, in section: inout Section, ledger: inout ResponseLedger) -> Bool
    {
        guard let answer = DimensionAnswer(positions: entry.values) else { return false }
        section.recordDimensions(answer, person: entry.personID, on: entry.day, ledger: &ledger)
        return true
    }
}
