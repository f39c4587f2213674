import KnooppuntModel

/// Text being edited, with a real cursor: a value, so editing is just more state.
///
/// The cursor is an index into the characters (grapheme clusters), so "ë" typed as e + combining
/// diaeresis is one step for the arrow keys, as the eye expects.
public struct TextBuffer: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    /// Multi-line fields keep line breaks; single-line fields turn them into spaces.
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        self.multiline = multiline
        let cleaned = TextBuffer.accepting(text, multiline: multiline)
        characters = Array(cleaned)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Only printable text enters a buffer: control characters are dropped (tabs become spaces),
    /// so nothing a user pastes can later move a terminal's cursor.
    static func accepting(_ text: String, multiline: Bool) -> String {
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0D:
                out.append(multiline ? "\n" : " ")
                lastWasCR = true
                continue
            case 0x0A:
                if !lastWasCR { out.append(multiline ? "\n" : " ") }
            case 0x09: out.append(" ")
            default: if !TerminalSafe.isUnsafe(s) { out.append(s) }
            }
            lastWasCR = false
        }
        return String(out)
    }

    /// The most a field takes by typing or pasting: the model's own limit for a note (`TextRules`), so
    /// the editor never accepts text that saving would refuse. A longer text read from a file is kept
    /// as it is; only what is added stops here.
    public static let capacity = TextRules.noteLimit

    /// True when the field holds `capacity` characters or more: typing adds nothing, and the interface
    /// can say why.
    public var isAtCapacity: Bool { characters.count >= TextBuffer.capacity }

    /// Inserts what fits of `text` at the cursor. Returns false when something was cut at `capacity`
    /// (a paste that was too long, or a key typed into a full field).
    @discardableResult
    public mutating func insert(_ text: String) -> Bool {
        let cleaned = Array(TextBuffer.accepting(text, multiline: multiline))
        let room = max(0, TextBuffer.capacity - characters.count)
        let accepted = cleaned.prefix(room)
        characters.insert(contentsOf: accepted, at: cursor)
        cursor += accepted.count
        return accepted.count == cleaned.count
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(characters.count, cursor + 1) }

    /// Start of the current line (the whole text for a single-line field).
    public mutating func home() {
        while cursor > 0, characters[cursor - 1] != "\n" { cursor -= 1 }
    }

    public mutating func end() {
        while cursor < characters.count, characters[cursor] != "\n" { cursor += 1 }
    }

    private func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "'" || c == "-" }

    public mutating func wordLeft() {
        while cursor > 0, !isWordCharacter(characters[cursor - 1]) { cursor -= 1 }
        while cursor > 0, isWordCharacter(characters[cursor - 1]) { cursor -= 1 }
    }

    public mutating func wordRight() {
        while cursor < characters.count, !isWordCharacter(characters[cursor]) { cursor += 1 }
        while cursor < characters.count, isWordCharacter(characters[cursor]) { cursor += 1 }
    }

    /// Deletes the word before the cursor (Ctrl-W, as in shells).
    public mutating func deleteWordBackward() {
        let end = cursor
        wordLeft()
        characters.removeSubrange(cursor..<end)
    }

    /// Moves to the same column on the previous or next line of a multi-line text.
    public mutating func vertical(_ delta: Int) {
        let chars = characters
        func lineStart(_ i: Int) -> Int {
            var j = i
            while j > 0, chars[j - 1] != "\n" { j -= 1 }
            return j
        }
        let start = lineStart(cursor)
        let column = cursor - start
        if delta < 0 {
            guard start > 0 else { cursor = 0; return }
            let previousStart = lineStart(start - 1)
            cursor = min(previousStart + column, start - 1)
        } else {
            var end = cursor
            while end < characters.count, characters[end] != "\n" { end += 1 }
            guard end < characters.count else { cursor = characters.count; return }
            let nextStart = end + 1
            var nextEnd = nextStart
            while nextEnd < characters.count, characters[nextEnd] != "\n" { nextEnd += 1 }
            cursor = min(nextStart + column, nextEnd)
        }
    }

    /// Applies an editing key; false when the key is not an editing key (the caller handles it).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .left: left()
        case .right: right()
        case .home, .control("a"): home()
        case .end, .control("e"): end()
        case .wordLeft: wordLeft()
        case .wordRight: wordRight()
        case .backspace, .control("h"): backspace()
        case .delete, .control("d"): deleteForward()
        case .control("w"): deleteWordBackward()
        case .control("k"):
            var end = cursor
            while end < characters.count, characters[end] != "\n" { end += 1 }
            characters.removeSubrange(cursor..<end)
        case .control("u"):
            // As in shells: everything before the cursor on this line, the quick way out of a long paste.
            let end = cursor
            home()
            characters.removeSubrange(cursor..<end)
        case .up where multiline: vertical(-1)
        case .down where multiline: vertical(1)
        case .enter where multiline: insert("\n")
        default: return false
        }
        return true
    }

    /// The text broken into display lines of at most `width` columns, each with the character index
    /// where it starts; and the (line, column) where the cursor is drawn.
    public func layout(width: Int) -> (
        lines: [(start: Int, text: String)], cursorLine: Int, cursorColumn: Int
    ) {
        let width = max(1, width)
        var lines: [(start: Int, text: String)] = []
        var current: [Character] = []
        var currentWidth = 0
        var start = 0
        for (i, c) in characters.enumerated() {
            if c == "\n" {
                lines.append((start, String(current)))
                current = []; currentWidth = 0; start = i + 1
                continue
            }
            let w = DisplayWidth.of(c)
            if currentWidth + w > width - 1, currentWidth > 0 {
                // Wrap at the last space, so that a word being typed moves to the next line whole; a
                // word longer than the line is cut where it must be.
                if c != " ", let space = current.lastIndex(of: " "), space < current.count - 1 {
                    let head = Array(current[...space])
                    lines.append((start, String(head)))
                    start += head.count
                    current = Array(current[(space + 1)...])
                    currentWidth = current.reduce(0) { $0 + DisplayWidth.of($1) }
                } else {
                    lines.append((start, String(current)))
                    current = []; currentWidth = 0; start = i
                }
            }
            current.append(c)
            currentWidth += w
        }
        lines.append((start, String(current)))
        // The cursor stands on the last line that starts at or before it.
        let cursorLine = lines.lastIndex { $0.start <= cursor } ?? 0
        let cursorColumn = characters[lines[cursorLine].start..<min(cursor, characters.count)].reduce(0) {
            $0 + DisplayWidth.of($1)
        }
        return (lines, cursorLine, cursorColumn)
    }
}
