import Foundation

/// A report as plain text for a mail body: underlined headings, aligned columns, no markup at all.
public enum ReportPlainText: ReportFormat {
    public static func render(_ document: ReportDocument) -> String {
        parts(of: document).joined(separator: "\n\n") + "\n"
    }

    static func heading(_ text: String, level: Int) -> String {
        let line = clean(text)
        return line + "\n" + String(repeating: level == 1 ? "=" : "-", count: line.count)
    }

    static func paragraph(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { clean(String($0)) }.joined(
            separator: "\n")
    }

    /// Plain text has no quieter voice: a remark is a paragraph.
    static func remark(_ text: String) -> String { paragraph(text) }

    static func bullets(_ items: [String]) -> String {
        items.map { "- " + clean($0) }.joined(separator: "\n")
    }

    static func facts(_ facts: [ReportDocument.Fact]) -> String {
        let width = facts.map { $0.label.count }.max() ?? 0
        return facts.map {
            clean($0.label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0) + clean($0.value)
        }
        .joined(separator: "\n")
    }

    /// Only the caption.
    static func picture(svg: String, caption: String) -> String? { caption.isEmpty ? nil : clean(caption) }

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
