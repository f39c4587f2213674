import Testing

@testable import KnooppuntUI

@Suite struct GridTests {
    @Test func dutchDiacriticsTakeOneColumnAndWideCharactersTwo() {
        var g = Grid(width: 12, height: 1)
        let end = g.put("Zoë Één", x: 0, y: 0)
        #expect(end == 7)
        #expect(g.plainText() == "Zoë Één")
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("⣿") == 1)
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var g = Grid(width: 20, height: 1)
        g.put("a\u{1B}[2Jb\u{07}", x: 0, y: 0)
        #expect(!g.plainText().contains("\u{1B}"))
        #expect(g.plainText() == "a\u{FFFD}[2Jb\u{FFFD}")
    }

    @Test func textIsClippedToTheArea() {
        var g = Grid(width: 10, height: 2)
        g.put("abcdefghijkl", x: 2, y: 1, clip: Rect(x: 0, y: 0, width: 6, height: 2))
        #expect(g.plainText() == "\n  abcd")
    }
}

@Suite struct LanguageTests {
    @Test func emptyVariablesCountAsUnset() {
        #expect(Language.from(environment: ["LC_ALL": "", "LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.from(environment: ["LC_ALL": "nl_NL.UTF-8", "LANG": "en_GB.UTF-8"]) == .nl)
        #expect(Language.from(environment: [:]) == .nl)
    }
}
