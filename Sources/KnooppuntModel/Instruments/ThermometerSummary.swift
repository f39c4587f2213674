import Foundation

/// One thermometer round as the shared screen may show it: per statement a `ScoreSummary`, the
/// number of answers per band, and the change of each mean since the previous round. Nothing in it
/// can be traced to one member.
public struct ThermometerSummary: Hashable, Sendable {
    public var roundID: UUID
    public var date: Day
    public var respondents: Int
    public var statements: [ThermometerStatement: ScoreSummary]
    /// Answers per band (1, 2, 3); nil below the minimum number of respondents.
    public var bands: [Int]?
    /// Mean now minus mean in the previous round, where both are shown.
    public var change: [ThermometerStatement: Double]

    public func summary(_ statement: ThermometerStatement) -> ScoreSummary {
        statements[statement] ?? ScoreSummary(respondents: respondents, distribution: nil, mean: nil)
    }

    /// The summaries of a group's rounds, oldest first, each compared with the one before it.
    public static func rounds(of group: ThermometerGroup) -> [ThermometerSummary] {
        var result: [ThermometerSummary] = []
        for round in group.roundsByDate {
            var summary = summarise(round)
            if let previous = result.last {
                for statement in ThermometerStatement.allCases {
                    if let now = summary.summary(statement).mean,
                        let before = previous.summary(statement).mean
                    {
                        summary.change[statement] = now - before
                    }
                }
            }
            result.append(summary)
        }
        return result
    }

    public static func summarise(_ round: ThermometerRound) -> ThermometerSummary {
        let answers = round.answers
        var statements: [ThermometerStatement: ScoreSummary] = [:]
        for statement in ThermometerStatement.allCases {
            statements[statement] = ScoreSummary.of(
                answers.map { $0.score(statement) }, scale: ThermometerStatement.scores)
        }
        // An answer counts when all its scores are in range, so the bands and the count agree.
        let valid = answers.filter { $0.scores.allSatisfy(ThermometerStatement.scores.contains) }
        var bands: [Int]?
        if valid.count >= ScoreSummary.minimumRespondents {
            var counts = [0, 0, 0]
            for a in valid { counts[a.band.rawValue - 1] += 1 }
            bands = counts
        }
        return ThermometerSummary(
            roundID: round.id, date: round.date, respondents: valid.count, statements: statements,
            bands: bands, change: [:])
    }
}
