/// User text is data: before it reaches the screen every control character (C0, DEL, C1) and every
/// bidirectional override is replaced, so a name can never move the cursor or change the terminal.
public enum SafeText {
    /// Replaces control characters by U+FFFD (shown as �) and line breaks and tabs by a space.
    public static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
            default: out.append(s)
            }
        }
        return String(out)
    }
}
