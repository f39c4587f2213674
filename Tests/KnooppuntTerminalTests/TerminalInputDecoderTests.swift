import KnooppuntUI
import Testing

@testable import KnooppuntTerminal

/// Feeds units as one read burst, like TerminalScreen does.
private func decode(_ units: [InputUnit]) -> [Event] {
    var decoder = InputDecoder()
    return units.flatMap { decoder.feed($0) } + decoder.endOfBurst()
}

private func chars(_ text: String) -> [InputUnit] {
    text.unicodeScalars.map { .character($0) }
}

private func keys(_ keys: Key...) -> [Event] { keys.map { .key($0) } }

@Suite struct TerminalInputDecoderTests {
    // Key codes as ncurses' curses.h defines them (octal), written out here rather than taken from the
    // code under test, so a wrong table in InputDecoder fails.
    @Test(arguments: [
        (0o403, Key.up), (0o402, .down), (0o404, .left), (0o405, .right), (0o406, .home), (0o550, .end),
        (0o523, .pageUp), (0o522, .pageDown), (0o527, .enter), (0o541, .backTab), (0o407, .backspace),
        (0o512, .delete), (0o513, .insert), (0o411, .function(1)), (0o424, .function(12)),
    ])
    func cursesKeyCodes(code: Int, key: Key) {
        #expect(decode([.keyCode(Int32(code), name: "")]) == [.key(key)])
    }

    @Test func ctrlArrowsByTerminfoNameAreWordJumps() {
        // Extended keys get numbers above KEY_MAX that differ per terminal; only the name is stable.
        #expect(decode([.keyCode(567, name: "kLFT5")]) == keys(.wordLeft))
        #expect(decode([.keyCode(582, name: "kRIT5")]) == keys(.wordRight))
        #expect(decode([.keyCode(566, name: "kLFT3")]) == keys(.wordLeft))
        #expect(decode([.keyCode(999, name: "kUNKNOWN")]) == [])
    }

    @Test func enterTabBackspaceFromCharacters() {
        #expect(decode(chars("\r")) == keys(.enter))
        #expect(decode(chars("\n")) == keys(.enter))
        #expect(decode(chars("\t")) == keys(.tab))
        #expect(decode(chars("\u{7F}")) == keys(.backspace))
        #expect(decode(chars("\u{08}")) == keys(.backspace))
    }

    @Test func controlLetters() {
        #expect(decode(chars("\u{12}")) == keys(.control("r")))  // Ctrl-R, redo
        #expect(decode(chars("\u{01}")) == keys(.control("a")))
        #expect(decode(chars("\u{1A}")) == keys(.control("z")))
        #expect(decode(chars("\u{00}")) == [])
    }

    @Test func dutchLettersArriveAsCharacters() {
        #expect(decode(chars("ëïé")) == keys(.character("ë"), .character("ï"), .character("é")))
    }

    @Test func loneEscapeIsTheEscapeKey() {
        #expect(decode(chars("\u{1B}")) == keys(.escape))
        // Two bursts: Escape, then q typed later.
        var decoder = InputDecoder()
        var events = decoder.feed(.character("\u{1B}")) + decoder.endOfBurst()
        events += decoder.feed(.character("q")) + decoder.endOfBurst()
        #expect(events == keys(.escape, .character("q")))
    }

    @Test func escapeEscapeIsTwoEscapes() {
        #expect(decode(chars("\u{1B}\u{1B}")) == keys(.escape, .escape))
    }

    @Test func altBAndAltFAreWordJumps() {
        #expect(decode(chars("\u{1B}b")) == keys(.wordLeft))
        #expect(decode(chars("\u{1B}f")) == keys(.wordRight))
    }

    @Test func escapeBeforeAnOrdinaryKeyGivesBoth() {
        #expect(decode(chars("\u{1B}q")) == keys(.escape, .character("q")))
    }

    @Test func rawXtermSequencesNcursesDidNotKnow() {
        #expect(decode(chars("\u{1B}[1;5D")) == keys(.wordLeft))
        #expect(decode(chars("\u{1B}[1;3C")) == keys(.wordRight))
        #expect(decode(chars("\u{1B}[C")) == keys(.right))
        #expect(decode(chars("\u{1B}[3~")) == keys(.delete))
        #expect(decode(chars("\u{1B}[1~\u{1B}[4~")) == keys(.home, .end))
        #expect(decode(chars("\u{1B}OA")) == keys(.up))
        #expect(decode(chars("\u{1B}[Z")) == keys(.backTab))
        #expect(decode(chars("\u{1B}[15~")) == keys(.function(5)))
    }

    @Test func focusReportsAreNotKeys() {
        #expect(decode(chars("\u{1B}[I\u{1B}[O")) == [])
    }

    @Test func bracketedPasteBecomesOnePasteEvent() {
        let input = "\u{1B}[200~Zoë en Anaïs\r\ncafé\u{1B}[201~"
        #expect(decode(chars(input)) == [.paste("Zoë en Anaïs\ncafé")])
    }

    @Test func pastedTextIsNotReadAsKeys() {
        // q would quit and ESC would cancel if they were keys.
        let input = "\u{1B}[200~q\u{1B}x\u{1B}[201~j"
        #expect(decode(chars(input)) == [.paste("q\u{1B}x"), .key(.character("j"))])
    }

    @Test func pasteSpanningBurstsIsKept() {
        var decoder = InputDecoder()
        var events: [Event] = []
        for part in ["\u{1B}[200~ee", "n\rtw", "ee\u{1B}[2", "01~"] {
            events += chars(part).flatMap { decoder.feed($0) }
            events += decoder.endOfBurst()
        }
        #expect(events == [.paste("een\ntwee")])
        #expect(!decoder.isPasting)
    }

    @Test func lineEndsInPasteAreNormalised() {
        #expect(InputDecoder.normalisedLineEnds("a\r\nb\rc\nd") == "a\nb\nc\nd")
    }

    @Test func escapeBeforeDecodedArrowIsWordJump() {
        #expect(decode([.character("\u{1B}"), .keyCode(0o404, name: "kcub1")]) == keys(.wordLeft))
        #expect(decode([.character("\u{1B}"), .keyCode(0o403, name: "kcuu1")]) == keys(.escape, .up))
    }
}
