import Foundation
import KnooppuntModel

/// The private entry of one member: the four statements with their anchors, the member's scores as
/// a row of five boxes, and their own sum and band, which only they see.
struct ThermometerEntryView: ContextView {
    var entry: PrivateEntry
    var groupName: String
    var context: ScreenContext

    func render(into grid: inout Grid, area: Rect) {
        var y = area.y
        func line(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            guard y < area.maxY else { return }
            grid.put(
                TextLayout.fit(text, width: area.width - indent), x: area.x + indent, y: y, style: style,
                clip: area)
            y += 1
        }
        line(
            context.words.privateEntry + groupName + " · "
                + context.words.roundThermometer + entry.day.description, theme.title)
        line(
            entry.changing ? context.words.changingOwnAnswer : context.words.onlyYouSeeThis, theme.muted)
        y += 1
        let wide = area.height >= 4 * 4 + 6
        for (i, statement) in ThermometerStatement.allCases.enumerated() {
            let selected = i == entry.row
            let name = statement.name(context.words)
            let text = statement.statement(context.words)
            let anchors = statement.anchors(context.words)
            let boxes = ThermometerStatement.scores.map { $0 == entry.values[i] ? "[\($0)]" : " \($0) " }
                .joined()
            let nameWidth =
                ThermometerStatement.allCases.map {
                    DisplayWidth.of($0.name(context.words))
                }.max() ?? 14
            line(
                (selected ? "▸ " : "  ") + TextLayout.fit(name, width: nameWidth) + "  " + boxes,
                selected ? theme.selection : .bold)
            for part in TextLayout.wrap(text, width: max(10, area.width - 4)) {
                line(part, .plain, indent: 4)
            }
            line("1 = " + anchors.low + " · 5 = " + anchors.high, theme.muted, indent: 4)
            if wide { y += 1 }
        }
        let sum = entry.values.reduce(0, +)
        let band = ThermometerBand(sum: sum)
        y += wide ? 0 : 1
        let sumText =
            context.words.yourSum + "\(sum) " + context.words.ofThermometer
            + band.name(context.words) + ": "
            + band.advice(context.words)
        for part in TextLayout.wrap(sumText, width: area.width) { line(part, theme.header) }
    }
}
