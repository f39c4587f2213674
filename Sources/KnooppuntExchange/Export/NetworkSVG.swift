import Foundation

/// The network as an SVG picture on a landscape A4 page: the same layout as the terminal (saved
/// positions), people as coloured circles with their names, ties with arrowheads for who points at
/// whom, the relation or topic letters at the middle of each tie, a legend, the title and the date.
public enum NetworkSVG {
    static let width = 1123.0  // 297 mm at 96 dpi
    static let height = 794.0  // 210 mm
    static let margin = 40.0
    static let legendWidth = 250.0

    /// `footer` is a line for the bottom of the page, such as the day the picture was made. `inline`
    /// leaves out the XML declaration, which HTML does not allow before an `<svg>` inside a page.
    public static func render(_ doc: NetworkDocument, footer: String, inline: Bool = false) -> String {
        let x = FormatEscaping.xml
        let area = (
            left: margin + 70, top: 130.0, right: width - legendWidth - margin - 80,
            bottom: height - margin - 50
        )
        let points = fitted(doc.nodes, into: area)
        var out = inline ? "" : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += """
            <svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 \(Int(width)) \(Int(height))" \
            font-family="Helvetica, Arial, sans-serif">
            <title>\(x(doc.title))</title>
            <desc>\(x(doc.subtitle))</desc>

            """
        let colours = Set(doc.ties.map(\.colour.hex)).sorted()
        out += "<defs>\n"
        for (i, hex) in colours.enumerated() {
            out +=
                "<marker id=\"arrow\(i)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
            out += "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(hex)\"/></marker>\n"
        }
        out += "</defs>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"white\"/>\n"
        out +=
            "<text x=\"\(Int(margin))\" y=\"58\" font-size=\"24\" font-weight=\"bold\" fill=\"#222\">\(x(doc.title))</text>\n"
        out +=
            "<text x=\"\(Int(margin))\" y=\"86\" font-size=\"15\" fill=\"#555\">\(x(doc.subtitle))</text>\n"

        let radius = Dictionary(doc.nodes.map { ($0.id, 13.0 * $0.size) }, uniquingKeysWith: { a, _ in a })
        for line in lines(doc.ties) {
            guard let a = points[line.from], let b = points[line.to] else { continue }
            let dx = b.x - a.x, dy = b.y - a.y
            let length = max((dx * dx + dy * dy).squareRoot(), 0.001)
            let ux = dx / length, uy = dy / length
            let ra = (radius[line.from] ?? 13) + 2, rb = (radius[line.to] ?? 13) + 2
            guard length > ra + rb else { continue }
            let start = (x: a.x + ux * ra, y: a.y + uy * ra), end = (x: b.x - ux * rb, y: b.y - uy * rb)
            let marker = colours.firstIndex(of: line.colour.hex).map { "url(#arrow\($0))" } ?? ""
            var attributes = "stroke=\"\(line.colour.hex)\" stroke-width=\"\(line.weak ? "1.4" : "2.4")\""
            if line.negative {
                attributes += " stroke-dasharray=\"8 5\""
            } else if line.weak {
                attributes += " stroke-dasharray=\"2 4\""
            }
            if line.arrowAtTo { attributes += " marker-end=\"\(marker)\"" }
            if line.arrowAtFrom { attributes += " marker-start=\"\(marker)\"" }
            out +=
                "<line x1=\"\(n(start.x))\" y1=\"\(n(start.y))\" x2=\"\(n(end.x))\" y2=\"\(n(end.y))\" \(attributes)/>\n"
            if !line.letters.isEmpty {
                out +=
                    "<text x=\"\(n((a.x + b.x) / 2))\" y=\"\(n((a.y + b.y) / 2 + 4))\" font-size=\"11\" font-weight=\"bold\" "
                out +=
                    "text-anchor=\"middle\" fill=\"\(line.colour.hex)\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">"
                out += "\(x(line.letters))</text>\n"
            }
        }
        for node in doc.nodes {
            guard let p = points[node.id] else { continue }
            let r = radius[node.id] ?? 13
            out +=
                "<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"\(n(r))\" fill=\"\(node.colour.hex)\" stroke=\"#333\" stroke-width=\"1\"/>\n"
            out +=
                "<text x=\"\(n(p.x))\" y=\"\(n(p.y + r + 14))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#111\" "
            out += "stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">\(x(node.label))</text>\n"
        }

        var y = 130.0
        let legendX = width - legendWidth - margin
        out += "<text x=\"\(n(legendX))\" y=\"\(n(y))\" font-size=\"15\" font-weight=\"bold\" fill=\"#222\">"
        out += "\(doc.language.text("Legenda", "Legend"))</text>\n"
        y += 26
        for entry in doc.legend {
            out +=
                "<circle cx=\"\(n(legendX + 8))\" cy=\"\(n(y - 4))\" r=\"7\" fill=\"\(entry.colour.hex)\" stroke=\"#333\" stroke-width=\"1\"/>\n"
            out +=
                "<text x=\"\(n(legendX + 24))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#222\">\(x(entry.text))</text>\n"
            y += 22
        }
        y += 8
        for text in doc.tieLegend {
            for piece in wrapped(text, width: 38) {
                out +=
                    "<text x=\"\(n(legendX))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#222\">\(x(piece))</text>\n"
                y += 17
            }
            y += 6
        }
        out +=
            "<text x=\"\(Int(margin))\" y=\"\(Int(height - margin + 10))\" font-size=\"11\" fill=\"#777\">\(x(footer))</text>\n"
        return out + "</svg>\n"
    }

    struct Line {
        var from: String, to: String
        var arrowAtTo: Bool, arrowAtFrom: Bool
        var letters: String
        var weak: Bool, negative: Bool
        var colour: NetworkDocument.Colour
    }

    /// One line per pair: two choices in opposite directions (a sociogram's mutual choice) become one
    /// solid line with an arrowhead at each end, as on the screen; a mutual tie gets both heads too.
    static func lines(_ ties: [NetworkDocument.Tie]) -> [Line] {
        var result: [Line] = []
        var index: [[String]: Int] = [:]
        for tie in ties {
            let reverse = [tie.to, tie.from, tie.negative ? "-" : "+"]
            if let i = index[reverse], !tie.mutual {
                result[i].arrowAtFrom = true
                result[i].weak = false
                for ch in tie.letters where !result[i].letters.contains(ch) { result[i].letters.append(ch) }
                continue
            }
            index[[tie.from, tie.to, tie.negative ? "-" : "+"]] = result.count
            result.append(
                Line(
                    from: tie.from, to: tie.to, arrowAtTo: true, arrowAtFrom: tie.mutual,
                    letters: tie.letters,
                    weak: tie.weak, negative: tie.negative, colour: tie.colour))
        }
        return result
    }

    /// Layout positions scaled into the drawing area, keeping the proportions of the layout.
    static func fitted(
        _ nodes: [NetworkDocument.Node], into area: (left: Double, top: Double, right: Double, bottom: Double)
    ) -> [String: (x: Double, y: Double)] {
        guard let minX = nodes.map(\.x).min(), let maxX = nodes.map(\.x).max(),
            let minY = nodes.map(\.y).min(),
            let maxY = nodes.map(\.y).max()
        else { return [:] }
        let spanX = max(maxX - minX, 1e-9), spanY = max(maxY - minY, 1e-9)
        let w = area.right - area.left, h = area.bottom - area.top
        let scale = min(maxX > minX ? w / spanX : .infinity, maxY > minY ? h / spanY : .infinity)
        let s = scale.isFinite ? scale : 1
        let offsetX = area.left + (w - (maxX > minX ? spanX * s : 0)) / 2
        let offsetY = area.top + (h - (maxY > minY ? spanY * s : 0)) / 2
        var result: [String: (x: Double, y: Double)] = [:]
        for node in nodes {
            result[node.id] = (offsetX + (node.x - minX) * s, offsetY + (node.y - minY) * s)
        }
        return result
    }

    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static func n(_ d: Double) -> String { d.isFinite ? String(format: "%.1f", d) : "0" }
}
