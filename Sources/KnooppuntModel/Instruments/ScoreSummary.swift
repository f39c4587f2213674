import Foundation

/// What the shared screen may show of one statement in one round: how many answered and, only when
/// at least `minimumRespondents` did, how the scores are spread and their mean. With one or two
/// answers a distribution is as good as a name beside a score, so it is withheld.
public struct ScoreSummary: Hashable, Sendable {
    public static let minimumRespondents = 3

    public var respondents: Int
    /// Count per score, lowest score first; nil below the minimum.
    public var distribution: [Int]?
    public var mean: Double?

    /// The summary of `scores` on `scale`. Scores outside the scale (a damaged file) are left out
    /// rather than trap or skew the mean.
    public static func of(_ scores: [Int], scale: ClosedRange<Int>) -> ScoreSummary {
        let valid = scores.filter(scale.contains)
        guard valid.count >= minimumRespondents else {
            return ScoreSummary(respondents: valid.count, distribution: nil, mean: nil)
        }
        var counts = Array(repeating: 0, count: scale.count)
        for s in valid { counts[s - scale.lowerBound] += 1 }
        let mean = Double(valid.reduce(0, +)) / Double(valid.count)
        return ScoreSummary(respondents: valid.count, distribution: counts, mean: mean)
    }

    public var isShown: Bool { distribution != nil }
}
