import KnooppuntModel

/// Turns user text into text that is only ever read as text by each format: a name can never open a
/// tag, end a DOT string, break an iCalendar property or start a spreadsheet formula.
public enum FormatEscaping {
    /// HTML text and attribute values (both quote kinds, so the same function serves both).
    public static func html(_ s: String) -> String {
        replacing(cleaned(s, keepNewlines: true), htmlEntities)
    }

    static let htmlEntities: [Character: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
    ]

    /// XML text and attribute values (GEXF, GraphML, SVG). Control characters are not allowed in
    /// XML 1.0 at all, so they become spaces before escaping.
    public static func xml(_ s: String) -> String {
        html(TextRules.singleLine(s)).replacingOccurrences(of: "&#39;", with: "&apos;")
    }

    /// The inside of a double-quoted DOT string: backslash and quote escaped, one line.
    public static func dot(_ s: String) -> String {
        TextRules.singleLine(s).replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
    }

    /// An iCalendar TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, a line end
    /// written as `\n`, other control characters dropped.
    public static func icalendar(_ s: String) -> String {
        replacing(cleaned(s, keepNewlines: true), icalendarEscapes)
    }

    static let icalendarEscapes: [Character: String] = [
        "\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n",
    ]

    /// Markdown inline text: every ASCII punctuation character that could start markup gets a
    /// backslash (CommonMark allows one before any of them), line ends become spaces.
    public static func markdown(_ s: String) -> String {
        var out = ""
        for ch in TextRules.singleLine(s) {
            if "\\`*_{}[]()<>#+-.!|~&".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// One CSV cell (RFC 4180): quoted when it holds a separator, quote or line end. A cell that a
    /// spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return before one) gets a
    /// leading apostrophe, which spreadsheets show as text.
    public static func csvCell(_ s: String) -> String {
        var value = s
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// A whole CSV file of text cells (the header is the first row): every cell as `csvCell` writes it,
    /// each line ended by CRLF as RFC 4180 asks.
    public static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map(csvCell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A number as a CSV cell: never neutralised, since a negative figure is a number, not a formula.
    public static func csvNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `s` with every character that `replacements` lists written as its replacement.
    static func replacing(_ s: String, _ replacements: [Character: String]) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            if let replacement = replacements[ch] { out += replacement } else { out.append(ch) }
        }
        return out
    }

    /// User text with control and direction characters made harmless; line ends kept when asked.
    static func cleaned(_ s: String, keepNewlines: Bool) -> String {
        guard keepNewlines else { return TextRules.singleLine(s) }
        return s.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { TextRules.singleLine(String($0)) }.joined(separator: "\n")
    }
}
