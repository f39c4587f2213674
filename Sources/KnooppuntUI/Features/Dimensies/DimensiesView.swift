import Foundation
import KnooppuntModel

/// The dimensieraamwerk as the section may see it: per indicator a line between its two poles with
/// one dot per member (no names, sorted positions, a digit where several crosses fall together), the
/// mean and its change since the previous round, and the reminder that this is a conversation tool,
/// not a test. Below three respondents no dots are drawn. Used by the Dimensies screen and
/// `knooppunt show dimensies`.
public struct DimensiesView: ContextView {
    public var rounds: [DimensionRound]
    public var context: ScreenContext

    public init(rounds: [DimensionRound], context: ScreenContext) {
        (self.rounds, self.context) = (rounds, context)
    }

    public var summaries: [DimensionSummary] { DimensionSummary.rounds(rounds) }

    func number(_ value: Double, signed: Bool = false) -> String {
        var text = String(format: signed ? "%+.1f" : "%.1f", value)
        if context.language == .nl { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    func dimensionName(_ d: LearningDimension) -> String {
        "\(d.rawValue) " + d.name(context.words)
    }

    /// The line of eleven positions, `cell` cells each: "·" where nobody is, "●" for one cross, a digit
    /// for several (9+ as "+").
    static func strip(_ positions: [Int], cell: Int) -> String {
        var counts = Array(repeating: 0, count: DimensionIndicator.positions.count)
        for p in positions where DimensionIndicator.positions.contains(p) { counts[p] += 1 }
        return counts.map { c in
            let mark = c == 0 ? "·" : (c == 1 ? "●" : (c > 9 ? "+" : String(c)))
            return mark + String(repeating: " ", count: max(0, cell - 1))
        }.joined()
    }

    public func heading(_ s: DimensionSummary?, previous: Day?) -> [(String, Style)] {
        var title = context.words.dimensionsOfSocialLearning
        if let s {
            title += context.words.round + s.date.description + " · "
            title +=
                (s.respondents == 1
                    ? context.words.oneAnswer : context.words.answerCount(count: s.respondents))
            if let previous { title += context.words.previous + previous.description }
        }
        return [
            (title, theme.title),
            (
                context.words.aConversationToolNotATest, theme.muted
            ),
        ]
    }

    /// The lines of one round: per dimension a heading, per indicator its strip and mean; `wide`
    /// puts the poles beside the strip, otherwise they are left to `poleLines`.
    public func roundLines(_ s: DimensionSummary, width: Int, selected: DimensionIndicator?) -> [(
        String, Style
    )] {
        var lines: [(String, Style)] = []
        let wide = width >= 120
        let cell = wide ? 4 : max(2, min(4, (width - 20) / 11))
        // Poles close to the strip read as its two ends; on a very wide screen they would drift off.
        let poleWidth = wide ? min(46, (width - 4 - cell * 11 - 18) / 2) : 0
        if s.positions == nil {
            lines.append(
                (
                    context.words.fewerThanAnswersNoCrossesShown(
                        minimumRespondents: ScoreSummary.minimumRespondents), theme.muted
                ))
            return lines
        }
        for d in LearningDimension.allCases {
            lines.append((dimensionName(d), theme.header))
            for i in d.indicators {
                let poles = i.poles(context.words)
                var line = (selected == i ? "▸" : " ") + i.code + " "
                if wide {
                    let from = TextLayout.truncate(poles.from, width: poleWidth)
                    line +=
                        String(repeating: " ", count: max(0, poleWidth - DisplayWidth.of(from))) + from + " "
                }
                line += Self.strip(s.positions?[i] ?? [], cell: cell)
                if wide { line += TextLayout.fit(poles.to, width: poleWidth) + " " }
                if let mean = s.means[i] {
                    line += context.words.mean + number(mean)
                    if let change = s.change[i] { line += " (" + number(change, signed: true) + ")" }
                }
                lines.append((line, selected == i ? theme.faintSelection : .plain))
            }
        }
        return lines
    }

    /// The two poles of one indicator in words, for the narrow layout.
    public func poleLines(_ i: DimensionIndicator, width: Int) -> [(String, Style)] {
        let p = i.poles(context.words)
        let text = i.code + ": 0 = " + p.from + " · 10 = " + p.to
        return TextLayout.wrap(text, width: width).map { ($0, theme.muted) }
    }

    /// Every round, newest first: the text `knooppunt show dimensies` prints.
    public func printed(width: Int) -> Grid {
        let all = summaries
        var lines: [(String, Style)] = []
        if all.isEmpty {
            lines = heading(nil, previous: nil)
            lines.append(("", .plain))
            lines.append((context.words.noRoundsYet, theme.muted))
        }
        for (n, s) in all.enumerated().reversed() {
            lines += heading(s, previous: n > 0 ? all[n - 1].date : nil)
            lines += roundLines(s, width: width, selected: nil)
            if width < 120, s.positions != nil {
                for i in DimensionIndicator.allCases { lines += poleLines(i, width: width) }
            }
            lines.append(("", .plain))
        }
        return PrintedText.grid(lines, width: width)
    }
}
