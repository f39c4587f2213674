import Foundation
import KnooppuntModel

/// The relatie-thermometer of one group as the section may see it: per round the number of answers,
/// per statement the spread of scores as bars and the mean, the answers per band, and the change since
/// the previous round. It never shows one answer: below three respondents it says how many answered
/// and nothing else. Used by the Thermometer screen and `knooppunt show thermometer`.
public struct ThermometerView: ContextView {
    public var group: ThermometerGroup
    public var context: ScreenContext

    public init(group: ThermometerGroup, context: ScreenContext) {
        (self.group, self.context) = (group, context)
    }

    public func groupName() -> String {
        group.isWholeSection ? context.words.wholeSection : group.name
    }

    /// "3,4" in Dutch, "3.4" in English.
    func number(_ value: Double, signed: Bool = false) -> String {
        var text = String(format: signed ? "%+.1f" : "%.1f", value)
        if context.language == .nl { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    /// A bar for `count` out of `most`, `width` cells long at most, at least one cell when not zero.
    static func bar(_ count: Int, most: Int, width: Int) -> String {
        guard count > 0, most > 0 else { return "" }
        let length = max(1, Int((Double(count) / Double(most) * Double(width)).rounded()))
        return String(repeating: "█", count: min(width, length))
    }

    /// The lines of one round: heading, one line per statement, the bands.
    func roundLines(_ r: ThermometerSummary, previous: Day?, width: Int) -> [(String, Style)] {
        var heading = context.words.roundThermometer2 + r.date.description + " · "
        heading +=
            (r.respondents == 1 ? context.words.oneAnswer : context.words.answerCount(count: r.respondents))
        if let previous {
            heading += context.words.comparedWith + previous.description
        }
        var lines: [(String, Style)] = [(heading, theme.header)]
        guard r.bands != nil else {
            lines.append(
                (
                    "  "
                        + context.words.fewerThanAnswersNoSpreadAnd(
                            minimumRespondents: ScoreSummary.minimumRespondents), theme.muted
                ))
            return lines
        }
        let nameWidth =
            ThermometerStatement.allCases.map { DisplayWidth.of($0.name(context.words)) }.max() ?? 12
        // Five blocks "n:c bar" share what the name and the mean leave.
        let barWidth = max(2, min(10, (width - nameWidth - 4 - 18) / 5 - 5))
        for statement in ThermometerStatement.allCases {
            let s = r.summary(statement)
            let counts = s.distribution ?? []
            let most = counts.max() ?? 0
            var line = "  " + TextLayout.fit(statement.name(context.words), width: nameWidth) + "  "
            for (i, c) in counts.enumerated() {
                let block = "\(i + 1):\(c) " + Self.bar(c, most: most, width: barWidth)
                line += TextLayout.fit(block, width: barWidth + 5)
            }
            if let mean = s.mean {
                line += context.words.meanThermometer + number(mean)
                if let change = r.change[statement] { line += " (" + number(change, signed: true) + ")" }
            }
            lines.append((line, .plain))
        }
        if let bands = r.bands {
            // The band names need room; at a narrow width the sums alone say which band is which.
            let named = width >= 100
            let parts = ThermometerBand.allCases.map { b in
                let range = "\(b.sums.lowerBound)-\(b.sums.upperBound)"
                return (named ? "\(b.name(context.words)) (\(range))" : range) + ": \(bands[b.rawValue - 1])"
            }
            lines.append(
                ("  " + context.words.sums + parts.joined(separator: " · "), theme.muted))
        }
        return lines
    }

    /// Every round, newest first, with a blank line between them.
    public func lines(width: Int) -> [(String, Style)] {
        let rounds = ThermometerSummary.rounds(of: group)
        var lines: [(String, Style)] = []
        if rounds.isEmpty {
            lines.append(
                (
                    context.words.noRoundsForThisGroupYet, theme.muted
                ))
            return lines
        }
        for (i, r) in rounds.enumerated().reversed() {
            lines += roundLines(r, previous: i > 0 ? rounds[i - 1].date : nil, width: width)
            lines.append(("", .plain))
        }
        return lines
    }

    /// The title line and the reading aid above the rounds.
    public func heading() -> [(String, Style)] {
        [
            (
                context.words.relationshipThermometerThermometer + groupName(),
                theme.title
            ),
            (
                context.words.fourStatementsEach15Totals,
                theme.muted
            ),
        ]
    }

    public func printed(width: Int) -> Grid {
        PrintedText.grid(heading() + [("", .plain)] + lines(width: width), width: width)
    }
}
