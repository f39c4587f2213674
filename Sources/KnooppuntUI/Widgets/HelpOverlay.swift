import Foundation
import KnooppuntModel

/// The help overlay (`?`, F1): the current screen's bindings, then the shell's, in as many columns
/// as fit.
enum HelpOverlay {
    static func render(_ state: AppState, into grid: inout Grid) {
        let theme = state.theme
        let screenKeys = App.keyHelp(state)
        let global = App.globalKeyHelp(state)
        let rect = Rect(x: 2, y: 1, width: grid.width - 4, height: grid.height - 2)
        DialogHost.box(&grid, rect, style: theme.dialog)
        grid.put(
            state.words.keysEscCloses, x: rect.x + 2, y: rect.y,
            style: theme.dialogTitle)
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        // The keys flow down columns of about 34 cells, as many as fit, so that every key shows at 80×24.
        // An action too long for its column wraps onto the next row when everything still fits; only
        // a window too small for that cuts actions short.
        var rows: [(KeyBinding?, String)] = [(nil, App.screenTitle(state))]
        rows += screenKeys.map { ($0, "") }
        rows.append((nil, ""))
        rows.append((nil, state.words.everywhere))
        rows += global.map { ($0, "") }
        let height = max(1, inner.height)
        let keyWidth = min(13, ((screenKeys + global).map { DisplayWidth.of($0.keys) }.max() ?? 8) + 1)
        let mostColumns = max(1, inner.width / 34)
        // Each line: the keys (nil on a continuation or heading), the text, and whether it is a heading.
        typealias HelpLine = (keys: String?, text: String, heading: Bool)
        func wrapped(columns: Int) -> [HelpLine] {
            let actionWidth = max(1, inner.width / columns - keyWidth - 2)
            var lines: [HelpLine] = []
            for row in rows {
                if let key = row.0 {
                    let parts = TextLayout.wrap(key.action, width: actionWidth)
                    for (n, part) in (parts.isEmpty ? [""] : parts).enumerated() {
                        lines.append((n == 0 ? key.keys : nil, part, false))
                    }
                } else {
                    lines.append((nil, row.1, true))
                }
            }
            return lines
        }
        let needed = min(mostColumns, (rows.count + height - 1) / height)
        var columns = mostColumns
        var lines: [HelpLine] = rows.map { row in
            row.0.map { ($0.keys, $0.action, false) } ?? (nil, row.1, true)
        }
        for candidate in needed...mostColumns {
            let attempt = wrapped(columns: candidate)
            if attempt.count <= candidate * height {
                columns = candidate
                lines = attempt
                break
            }
        }
        let columnWidth = inner.width / columns
        let actionWidth = max(1, columnWidth - keyWidth - 2)
        for (i, line) in lines.enumerated() {
            let column = i / height
            let x = inner.x + column * columnWidth
            let y = inner.y + i % height
            if column >= columns {
                grid.put("…", x: inner.maxX - 1, y: inner.maxY - 1, style: theme.dialogTitle)
                break
            }
            if line.heading {
                grid.put(
                    TextLayout.truncate(line.text, width: columnWidth - 1), x: x, y: y,
                    style: theme.dialogTitle, clip: inner)
                continue
            }
            if let keys = line.keys {
                grid.put(
                    TextLayout.fit(keys, width: keyWidth), x: x, y: y,
                    style: Style(bold: true).merging(theme.dialog), clip: inner)
            }
            grid.put(
                TextLayout.truncate(line.text, width: actionWidth), x: x + keyWidth + 1, y: y,
                style: theme.dialog, clip: inner)
        }
    }
}
