import Foundation

/// A report as CommonMark. Tables are pipe tables with padded columns, so the same text reads as a
/// table in a plain-text mail client and renders as one where tables are supported.
public enum ReportMarkdown: ReportFormat {
    public static func render(_ document: ReportDocument) -> String {
        parts(of: document).joined(separator: "\n\n") + "\n"
    }

    static func heading(_ text: String, level: Int) -> String {
        String(repeating: "#", count: max(1, min(level, 6))) + " " + inline(text)
    }

    static func remark(_ text: String) -> String { "_" + inline(text) + "_" }

    static func bullets(_ items: [String]) -> String {
        items.map { "- " + inline($0) }.joined(separator: "\n")
    }

    static func facts(_ facts: [ReportDocument.Fact]) -> String {
        facts.map { "- **" + inline($0.label) + ":** " + inline($0.value) }.joined(separator: "\n")
    }

    /// Only the caption, in the voice of a remark.
    static func picture(svg: String, caption: String) -> String? { caption.isEmpty ? nil : remark(caption) }

    /// A paragraph that may hold line ends: each line escaped, joined by a hard line break.
    static func paragraph(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { inline(String($0)) }
        return lines.joined(separator: "\\\n")
    }

    /// One line of user text made inert: characters that open inline markup are escaped everywhere,
    /// and a first character that would start a block (heading, list, quote, rule) too. Ordinary
    /// punctuation such as full stops and hyphens inside a sentence stays as it is, for plain-text mail.
    public static func inline(_ text: String) -> String {
        var out = ""
        let line = FormatEscaping.cleaned(text, keepNewlines: false).trimmingCharacters(in: .whitespaces)
        for (offset, ch) in line.enumerated() {
            if "\\`*_[]<>|~&!".contains(ch) || (offset == 0 && "#+-=>".contains(ch)) {
                out.append("\\")
            }
            out.append(ch)
        }
        // "1. " or "1) " at the start would begin an ordered list.
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, ".)".contains(out[dot]) {
            out.insert("\\", at: dot)
        }
        return out
    }

    static func table(header: [String], rows: [[String]]) -> String {
        let columns = header.count
        let cells = ([header] + rows).map { row in
            (0..<columns).map { row.indices.contains($0) ? inline(row[$0]) : "" }
        }
        var widths = Array(repeating: 3, count: columns)
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ row: [String]) -> String {
            "| "
                + row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: " | ") + " |"
        }
        var lines = [line(cells[0])]
        lines.append("| " + widths.map { String(repeating: "-", count: $0) }.joined(separator: " | ") + " |")
        lines += cells.dropFirst().map(line)
        return lines.joined(separator: "\n")
    }
}
