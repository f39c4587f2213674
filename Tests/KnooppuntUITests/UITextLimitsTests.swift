import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Long text: a pasted word of hundreds of kilobytes wraps in time proportional to its length, and an
/// editor field takes no more than the model would save.
@Suite struct UITextLimitsTests {
    @Test func aWordOf200KilobytesWrapsIntoFullHyphenatedLines() {
        let word = String(repeating: "a", count: 200_000)
        let lines = TextLayout.wrap(word, width: 40)
        // 39 letters and a hyphen per line while more than a line is left; 8 letters remain.
        #expect(lines.count == 5_129)
        #expect(lines.dropLast().allSatisfy { $0.count == 40 && $0.hasSuffix("-") })
        #expect(lines.last == "aaaaaaaa")
        #expect(lines.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == word)
    }

    @Test func aLongWordOfWideCharactersKeepsItsColumns() {
        let word = String(repeating: "漢", count: 50_000)
        let lines = TextLayout.wrap(word, width: 9)
        #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) == 9 && $0.hasSuffix("-") })
        #expect(lines.map { $0.filter { $0 == "漢" }.count }.reduce(0, +) == 50_000)
    }

    @Test func pastingStopsAtTheNoteLimitAndSaysSo() {
        var buffer = TextBuffer(multiline: true)
        let whole = buffer.insert(String(repeating: "x", count: 1_500))
        #expect(whole)
        #expect(!buffer.isAtCapacity)
        let cut = buffer.insert(String(repeating: "y", count: 1_000))
        #expect(!cut, "the paste was cut")
        #expect(buffer.characters.count == TextRules.noteLimit)
        #expect(buffer.isAtCapacity)
        #expect(buffer.text.hasSuffix(String(repeating: "y", count: 500)))
        #expect(buffer.cursor == TextRules.noteLimit)
    }

    @Test func typingIntoAFullFieldAddsNothingButEditingStillWorks() {
        var buffer = TextBuffer(String(repeating: "a", count: TextBuffer.capacity))
        #expect(buffer.isAtCapacity)
        let handled = buffer.handle(.character("b"))
        #expect(handled, "still an editing key")
        #expect(buffer.characters.count == TextBuffer.capacity)
        #expect(!buffer.text.contains("b"))
        _ = buffer.handle(.backspace)
        #expect(!buffer.isAtCapacity)
        let fitted = buffer.insert("bc")
        #expect(!fitted, "one of two characters fitted")
        #expect(buffer.text.hasSuffix("ab"))
    }

    @Test func aLongerTextFromAFileIsKeptWhole() {
        let long = String(repeating: "z", count: TextBuffer.capacity + 10)
        let buffer = TextBuffer(long, multiline: true)
        #expect(buffer.text == long)
        #expect(buffer.isAtCapacity)
    }
}
