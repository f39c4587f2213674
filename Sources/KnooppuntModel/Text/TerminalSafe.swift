/// Text is data: before any of it reaches a terminal (the interface's grid, or a line a command prints
/// on stdout or stderr) every character that could steer the terminal or reorder what the reader sees
/// is replaced. One definition serves the interface, the command line and the text rules, so a fix
/// reaches every place at once.
public enum TerminalSafe {
    /// The visible stand-in for a removed character: a reader sees that something was there.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// C0 controls (NUL, ESC, BEL and the rest), DEL, C1 controls (a lone U+009B is a CSI on some
    /// terminals), the line and paragraph separators, and the bidirectional embeddings, overrides,
    /// isolates and marks that make text display as something else (the "Trojan Source" trick).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029: return true
        case 0x200E, 0x200F, 0x061C: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// One line for a cell, a label or a message part: tabs and line breaks become spaces, every other
    /// unsafe character becomes U+FFFD (shown as �).
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            default: out.append(isUnsafe(s) ? replacement : s)
            }
        }
        return String(out)
    }

    /// Whole output (a table, a report, TSV, JSON): line breaks and tabs are kept, because they are
    /// the output's own structure (a CR before an LF too); every other unsafe character, a lone carriage return included, becomes
    /// U+FFFD.
    public static func cleanLines(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        // A CR directly before an LF is a line end as files such as iCalendar require it: harmless on a
        // terminal and part of the data; a lone CR (which moves the cursor back) is not.
        func kept(_ i: Int) -> Bool {
            let s = scalars[i]
            return s == "\n" || s == "\t" || !isUnsafe(s)
                || (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n")
        }
        guard scalars.indices.contains(where: { !kept($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for i in scalars.indices { out.append(kept(i) ? scalars[i] : replacement) }
        return String(out)
    }
}
