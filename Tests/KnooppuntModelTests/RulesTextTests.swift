import Testing

@testable import KnooppuntModel

/// TextRules: names and notes typed by users.
@Suite struct RulesTextTests {
    @Test func validNamesAreTrimmedAndKept() throws {
        #expect(try TextRules.validName("  Sectie Engels \n") == "Sectie Engels")
        #expect(try TextRules.validName("Zoë Daniëls-Ruïz") == "Zoë Daniëls-Ruïz")
        #expect(try TextRules.validName("Engels 🇬🇧 ✏️") == "Engels 🇬🇧 ✏️")
        #expect(try TextRules.validName(String(repeating: "é", count: 200)).count == 200)
    }

    @Test func refusals() {
        #expect(throws: TextRefusal.empty) { try TextRules.validName("") }
        #expect(throws: TextRefusal.empty) { try TextRules.validName(" \t\n ") }
        #expect(throws: TextRefusal.tooLong(limit: 200)) {
            try TextRules.validName(String(repeating: "a", count: 201))
        }
        #expect(throws: TextRefusal.tooLong(limit: 200)) {
            try TextRules.validName(String(repeating: "x", count: 10_000))
        }
        for bad in [
            "a\u{0}b", "a\u{1B}[31mb", "a\tb", "a\nb", "a\u{7F}b", "a\u{85}b", "a\u{9B}b", "a\u{2028}b",
            "a\u{202E}b", "a\u{2066}b", "a\u{200F}b",
        ] {
            #expect(throws: TextRefusal.controlCharacter, "\(bad.unicodeScalars.map(\.value))") {
                try TextRules.validName(bad)
            }
        }
        for refusal in [TextRefusal.empty, .controlCharacter, .tooLong(limit: 200)] {
            #expect(refusal.english.hasSuffix(".") && refusal.dutch.hasSuffix("."))
        }
    }

    @Test func notesMayHoldLineBreaksButNoOtherControls() throws {
        #expect(try TextRules.validNote("regel 1\nregel 2\tmet tab") == "regel 1\nregel 2\tmet tab")
        #expect(try TextRules.validNote("") == "")
        #expect(throws: TextRefusal.controlCharacter) { try TextRules.validNote("kleur \u{1B}[31m") }
        #expect(throws: TextRefusal.tooLong(limit: 2000)) {
            try TextRules.validNote(String(repeating: "n", count: 2001))
        }
    }

    @Test func singleLineReplacesEveryControlWithASpace() {
        #expect(TextRules.singleLine("a\tb\nc\r\nd\u{1B}e\u{202E}f") == "a b c  d e f")
        #expect(TextRules.singleLine("Zoë 🇳🇱") == "Zoë 🇳🇱")
    }
}
