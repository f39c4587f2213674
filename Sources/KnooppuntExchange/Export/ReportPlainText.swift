import Foundation

/// A report as plain text for a mail body: underlined headings, aligned columns, no markup at all.
public enum ReportPlainText {
    public static func render(_ document: ReportDocument) -> String {
        var parts: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let line = clean(text)
                parts.append(line + "\n" + String(repeating: level == 1 ? "=" : "-", count: line.count))
            case .paragraph(let text), .remark(let text):
                parts.append(
                    text.split(separator: "\n", omittingEmptySubsequences: true).map { clean(String($0)) }
                        .joined(separator: "\n"))
            case .bullets(let items):
                parts.append(items.map { "- " + clean($0) }.joined(separator: "\n"))
            case .facts(let facts):
                let width = facts.map { $0.label.count }.max() ?? 0
                parts.append(
                    facts.map {
                        clean($0.label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0)
                            + clean($0.value)
                    }
                    .joined(separator: "\n"))
            case .table(let header, let rows):
                parts.append(table(header: header, rows: rows))
            case .picture(_, let caption):
                if !caption.isEmpty { parts.append(clean(caption)) }
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func clean(_ s: String) -> String {
        FormatEscaping.cleaned(s, keepNewlines: false).trimmingCharacters(in: .whitespaces)
    }

    static func table(header: [String], rows: [[String]]) -> String {
        let cells = ([header] + rows).map { row in
            (0..<header.count).map { row.indices.contains($0) ? clean(row[$0]) : "" }
        }
        var widths = Array(repeating: 0, count: header.count)
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var lines = [
            line(cells[0]), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "),
        ]
        lines += cells.dropFirst().map(line)
        return lines.joined(separator: "\n")
    }
}
