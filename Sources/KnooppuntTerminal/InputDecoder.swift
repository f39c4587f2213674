import CNcurses
import KnooppuntUI

/// One thing `wget_wch` returned: a character, or a key code (with its terminfo name from `keyname`, so
/// extended keys such as Ctrl-Left, `kLFT5`, can be recognised; their numbers differ per terminal).
public enum InputUnit: Hashable, Sendable {
    case character(Unicode.Scalar)
    case keyCode(Int32, name: String)
}

/// Turns what ncurses reads into `Event`s. Pure: no curses state is touched, so the table is tested
/// without a terminal.
///
/// ncurses decodes the sequences terminfo knows (arrows, Home, F-keys). What it does not know reaches us
/// as raw characters starting with ESC, which this decoder reads itself: bracketed paste
/// (`ESC [200~ … ESC [201~`), Alt-b / Alt-f and xterm's `ESC [1;5D` style modified arrows (word jumps),
/// and a lone ESC (the Escape key). The caller feeds every unit of one read burst and then calls
/// `endOfBurst()`: an ESC with nothing after it within the burst is the Escape key.
public struct InputDecoder: Sendable {
    /// An escape sequence in progress (starts with ESC).
    private var sequence: [Unicode.Scalar] = []
    /// Text of a bracketed paste in progress.
    private var pasted: String?

    public init() {}

    public var isPasting: Bool { pasted != nil }

    public mutating func feed(_ unit: InputUnit) -> [Event] {
        if pasted != nil { return feedPaste(unit) }
        switch unit {
        case .keyCode(let code, let name):
            if !sequence.isEmpty {
                // ESC before a decoded key: Alt-arrow on terminals that prefix Meta with ESC.
                sequence = []
                let key = Self.key(code: code, name: name)
                if key == .left { return [.key(.wordLeft)] }
                if key == .right { return [.key(.wordRight)] }
                return [.key(.escape)] + (key.map { [.key($0)] } ?? [])
            }
            return Self.key(code: code, name: name).map { [.key($0)] } ?? []
        case .character(let scalar):
            if !sequence.isEmpty { return continueSequence(with: scalar) }
            if scalar.value == 0x1B {
                sequence = [scalar]
                return []
            }
            return Self.plainKey(scalar).map { [.key($0)] } ?? []
        }
    }

    /// No more input came right after the units fed so far.
    public mutating func endOfBurst() -> [Event] {
        guard !sequence.isEmpty, pasted == nil else { return [] }
        // A lone ESC is the Escape key; an unfinished sequence (cut off mid-way) is dropped rather than
        // typed as text, since its characters were never meant as keys.
        let lone = sequence.count == 1
        sequence = []
        return lone ? [.key(.escape)] : []
    }

    // MARK: escape sequences

    private mutating func continueSequence(with scalar: Unicode.Scalar) -> [Event] {
        sequence.append(scalar)
        if sequence.count == 2 {
            switch scalar {
            case "[", "O": return []
            case "b", "B":
                sequence = []
                return [.key(.wordLeft)]
            case "f", "F":
                sequence = []
                return [.key(.wordRight)]
            case "\u{1B}":
                // ESC ESC: the first was the Escape key, the second may start a sequence.
                sequence = [scalar]
                return [.key(.escape)]
            default:
                // ESC followed by an ordinary key (Alt-x, or Escape typed quickly before x): both keys.
                sequence = []
                return [.key(.escape)] + (Self.plainKey(scalar).map { [.key($0)] } ?? [])
            }
        }
        if sequence[1] == "O" {
            // SS3: ESC O A … (application cursor keys), ESC O P … (F1-F4).
            sequence = []
            let keys: [Unicode.Scalar: Key] = [
                "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
                "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4), "M": .enter,
            ]
            return keys[scalar].map { [.key($0)] } ?? []
        }
        // CSI: parameter and intermediate bytes 0x20-0x3F, then one final byte 0x40-0x7E.
        switch scalar.value {
        case 0x20...0x3F:
            if sequence.count > 32 { sequence = [] }  // not a sequence we know; drop it
            return []
        case 0x40...0x7E:
            let body = String(String.UnicodeScalarView(sequence.dropFirst(2).dropLast()))
            sequence = []
            return interpretCSI(parameters: body, final: scalar)
        default:
            sequence = []
            return []
        }
    }

    private mutating func interpretCSI(parameters: String, final: Unicode.Scalar) -> [Event] {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 }
        // xterm modifier parameter: 2 Shift, 3 Alt, 5 Ctrl, 7 Ctrl-Alt (1 + bit mask).
        let modifier = numbers.count > 1 ? (numbers[1] ?? 1) : 1
        let wordJump = modifier == 3 || modifier == 5 || modifier == 7
        switch final {
        case "A": return [.key(.up)]
        case "B": return [.key(.down)]
        case "C": return [.key(wordJump ? .wordRight : .right)]
        case "D": return [.key(wordJump ? .wordLeft : .left)]
        case "H": return [.key(.home)]
        case "F": return [.key(.end)]
        case "Z": return [.key(.backTab)]
        case "~":
            switch first {
            case 200:
                pasted = ""
                return []
            case 1, 7: return [.key(.home)]
            case 4, 8: return [.key(.end)]
            case 2: return [.key(.insert)]
            case 3: return [.key(.delete)]
            case 5: return [.key(.pageUp)]
            case 6: return [.key(.pageDown)]
            case .some(let n) where (11...15).contains(n): return [.key(.function(n - 10))]
            case .some(let n) where (17...21).contains(n): return [.key(.function(n - 11))]
            case .some(let n) where (23...24).contains(n): return [.key(.function(n - 12))]
            default: return []
            }
        default:
            // Focus reports, raw mouse reports and the like: not keys.
            return []
        }
    }

    // MARK: bracketed paste

    private static let pasteEnd = "\u{1B}[201~"

    private mutating func feedPaste(_ unit: InputUnit) -> [Event] {
        guard var text = pasted else { return [] }
        // Give up the stored copy before appending: two owners would make every append copy the whole
        // paste so far, which made a 1 MB paste take most of a minute.
        pasted = nil
        switch unit {
        case .character(let scalar):
            text.unicodeScalars.append(scalar)
        case .keyCode(let code, let name):
            // Keys ncurses decoded inside a paste: only line ends mean anything as text.
            if Self.key(code: code, name: name) == .enter { text += "\n" }
        }
        if text.hasSuffix(Self.pasteEnd) {
            text.removeLast(Self.pasteEnd.count)
            pasted = nil
            return [.paste(Self.normalisedLineEnds(text))]
        }
        pasted = text
        return []
    }

    /// Terminals send line ends in pasted text as CR; the interface works with LF.
    static func normalisedLineEnds(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            if s == "\r" {
                out.append("\n")
                previousCR = true
            } else {
                if !(s == "\n" && previousCR) { out.append(s) }
                previousCR = false
            }
        }
        return String(out)
    }

    // MARK: tables

    /// A character read outside any escape sequence.
    static func plainKey(_ scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A:
            // Ctrl-A … Ctrl-Z arrive as 1 … 26; the three above are the keys users know them as.
            return .control(Character(Unicode.Scalar(0x60 + scalar.value)!))
        case 0x00, 0x1C...0x1F, 0x80...0x9F:
            return nil
        default:
            return .character(Character(scalar))
        }
    }

    /// The ncurses key codes knooppunt understands (KEY_UP …), by number.
    private static let codes: [Int32: Key] = {
        var table: [Int32: Key] = [
            kp_key_up(): .up, kp_key_down(): .down, kp_key_left(): .left, kp_key_right(): .right,
            kp_key_home(): .home, kp_key_end(): .end, kp_key_find(): .home, kp_key_select(): .end,
            kp_key_ppage(): .pageUp, kp_key_npage(): .pageDown,
            kp_key_enter(): .enter, kp_key_btab(): .backTab, kp_key_backspace(): .backspace,
            kp_key_dc(): .delete, kp_key_ic(): .insert,
        ]
        for n in 1...12 { table[kp_key_f(Int32(n))] = .function(n) }
        return table
    }()

    /// Extended keys have numbers that differ per terminal; their terminfo names do not.
    /// kLFT5 = Ctrl-Left, kLFT3 = Alt-Left, kLFT7 = Ctrl-Alt-Left (and RIT for Right).
    static let namedKeys: [String: Key] = [
        "kLFT3": .wordLeft, "kLFT5": .wordLeft, "kLFT7": .wordLeft,
        "kRIT3": .wordRight, "kRIT5": .wordRight, "kRIT7": .wordRight,
        "kHOM5": .home, "kEND5": .end,
    ]

    static func key(code: Int32, name: String) -> Key? {
        codes[code] ?? namedKeys[name]
    }
}
