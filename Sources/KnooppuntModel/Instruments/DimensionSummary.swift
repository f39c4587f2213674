import Foundation

/// One dimensieraamwerk round as the shared screen may show it: per indicator the positions of the
/// crosses, sorted so that no dot can be matched to an answer, and their mean; and the change of the
/// mean since the previous round. Below `ScoreSummary.minimumRespondents` no positions are shown.
public struct DimensionSummary: Hashable, Sendable {
    public var roundID: UUID
    public var date: Day
    public var respondents: Int
    /// Sorted positions per indicator; nil below the minimum.
    public var positions: [DimensionIndicator: [Int]]?
    public var means: [DimensionIndicator: Double]
    public var change: [DimensionIndicator: Double]

    public static func rounds(_ rounds: [DimensionRound]) -> [DimensionSummary] {
        var result: [DimensionSummary] = []
        for round in rounds.sorted(by: { $0.date < $1.date }) {
            var summary = summarise(round)
            if let previous = result.last {
                for indicator in DimensionIndicator.allCases {
                    if let now = summary.means[indicator], let before = previous.means[indicator] {
                        summary.change[indicator] = now - before
                    }
                }
            }
            result.append(summary)
        }
        return result
    }

    public static func summarise(_ round: DimensionRound) -> DimensionSummary {
        let valid = round.answers.filter { a in
            DimensionIndicator.allCases.allSatisfy { a.position($0) != nil }
        }
        guard valid.count >= ScoreSummary.minimumRespondents else {
            return DimensionSummary(
                roundID: round.id, date: round.date, respondents: valid.count, positions: nil, means: [:],
                change: [:])
        }
        var positions: [DimensionIndicator: [Int]] = [:]
        var means: [DimensionIndicator: Double] = [:]
        for indicator in DimensionIndicator.allCases {
            let values = valid.compactMap { $0.position(indicator) }.sorted()
            positions[indicator] = values
            means[indicator] = Double(values.reduce(0, +)) / Double(values.count)
        }
        return DimensionSummary(
            roundID: round.id, date: round.date, respondents: valid.count, positions: positions, means: means,
            change: [:])
    }
}
