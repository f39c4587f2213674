import KnooppuntModel

/// User text is data: before it reaches the screen every control character (C0, DEL, C1) and every
/// bidirectional override is replaced, so a name can never move the cursor or change the terminal.
/// The cleaning itself lives in the model (`TerminalSafe`), so the command line uses the same one.
public enum SafeText {
    /// Replaces control characters by U+FFFD (shown as �) and line breaks and tabs by a space.
    public static func clean(_ text: String) -> String { TerminalSafe.clean(text) }
}
