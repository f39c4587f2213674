import Foundation

/// Lines of text as a grid for `knooppunt show`: a line longer than the width wraps onto the next
/// rows with its indentation (plus two), so a printed report loses no words where a screen would cut.
enum PrintedText {
    static func grid(_ lines: [(String, Style)], width: Int) -> Grid {
        var wrapped: [(String, Style)] = []
        for (text, style) in lines {
            // A line that fits keeps its spacing: bars and columns are aligned by it.
            if DisplayWidth.of(text) <= width {
                wrapped.append((text, style))
                continue
            }
            let indent = String(text.prefix { $0 == " " })
            let parts = TextLayout.wrap(
                String(text.dropFirst(indent.count)), width: max(10, width - indent.count - 2))
            if parts.isEmpty { wrapped.append(("", style)) }
            for (n, p) in parts.enumerated() {
                wrapped.append(((n == 0 ? indent : indent + "  ") + p, style))
            }
        }
        while wrapped.last?.0.isEmpty == true { wrapped.removeLast() }
        var grid = Grid(width: width, height: max(1, wrapped.count))
        for (y, (text, style)) in wrapped.enumerated() {
            grid.put(TextLayout.fit(text, width: width), x: 0, y: y, style: style)
        }
        return grid
    }
}
