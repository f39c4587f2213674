import Foundation
import KnooppuntModel

/// One member's private crosses: per indicator the line between its poles with their own cross, and
/// the poles of the selected indicator in full. Only they see it.
struct DimensiesEntryView: ContextView {
    var entry: PrivateEntry
    var context: ScreenContext

    func render(into grid: inout Grid, area: Rect) {
        var y = area.y
        func line(_ text: String, _ style: Style = .plain) {
            guard y < area.maxY else { return }
            grid.put(TextLayout.fit(text, width: area.width), x: area.x, y: y, style: style, clip: area)
            y += 1
        }
        line(
            context.words.privateEntryDimensionsRound
                + entry.day.description, theme.title)
        line(context.words.onlyYouSeeThisNotA, theme.muted)
        let cell = area.width >= 120 ? 4 : 3
        for d in LearningDimension.allCases {
            line("\(d.rawValue) " + d.name(context.words), theme.header)
            for i in d.indicators {
                guard let row = DimensionIndicator.allCases.firstIndex(of: i) else { continue }
                let p = entry.values[row]
                let strip = DimensionIndicator.positions.map { $0 == p ? "X" : "·" }
                    .map { $0 + String(repeating: " ", count: cell - 1) }.joined()
                let selected = row == entry.row
                line(
                    (selected ? "▸" : " ") + i.code + " " + strip + " \(p)",
                    selected ? theme.selection : .plain)
            }
        }
        let selected = DimensionIndicator.allCases[
            max(0, min(entry.row, DimensionIndicator.allCases.count - 1))]
        let poles = selected.poles(context.words)
        y += 1
        for part in TextLayout.wrap(
            selected.code + ": 0 = " + poles.from + " · 10 = " + poles.to, width: area.width)
        {
            line(part, theme.muted)
        }
    }
}
