import Foundation

/// Finds where a text stops being JSON (RFC 8259), and where a given coding path sits in it.
///
/// Foundation's `JSONDecoder` on Linux says only "The given data was not valid JSON." without a
/// position, and a teacher repairing a file by hand needs a line and column. This scanner runs only after
/// a decode failed, so it favours clear messages over speed. It is strict where Foundation is strict
/// (control characters in strings, lone surrogates, leading zeros) and lenient where it is lenient (one
/// trailing comma in an object or list), so that it points at the fault that made the decoder fail.
struct JSONFaultLocator {
    /// One step of a coding path: an object key or an array index.
    enum PathStep: Hashable {
        case key(String)
        case index(Int)
    }

    struct Fault: Error, Equatable {
        /// Byte offset into the data.
        var offset: Int
        var reason: JSONSyntaxFault
    }

    /// Foundation refuses deeper documents too; the limit also keeps our recursion shallow.
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var i = 0
    private var path: [PathStep] = []
    private let target: [PathStep]?
    private(set) var targetOffset: Int?

    private init(_ data: Data, target: [PathStep]?) {
        bytes = Array(data)
        self.target = target
    }

    /// The first syntax error, or nil when the data is valid JSON.
    static func firstFault(in data: Data) -> Fault? {
        var scanner = JSONFaultLocator(data, target: nil)
        do {
            try scanner.scanDocument()
            return nil
        } catch {
            return error
        }
    }

    /// The byte offset where the value at `path` starts, if the data is JSON and has that value.
    static func offset(of path: [PathStep], in data: Data) -> Int? {
        var scanner = JSONFaultLocator(data, target: path)
        do { try scanner.scanDocument() } catch { return nil }
        return scanner.targetOffset
    }

    /// 1-based line and column of a byte offset. Columns count characters (Unicode scalars), not bytes,
    /// because that is what an editor's status bar shows.
    static func lineAndColumn(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for (index, byte) in data.enumerated() {
            if index >= offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 && !(index == 0 && byte == 0xEF) {
                // Continuation bytes do not start a new character; neither does a byte-order mark.
                column += 1
            }
        }
        return (line, column)
    }

    // MARK: - Scanning

    private mutating func scanDocument() throws(Fault) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }  // a byte-order mark, which Foundation accepts
        skipWhitespace()
        guard i < bytes.count else { throw Fault(offset: i, reason: .empty) }
        try scanValue(depth: 0)
        skipWhitespace()
        if i < bytes.count {
            throw Fault(offset: i, reason: .afterDocument(describe(i)))
        }
    }

    private mutating func scanValue(depth: Int) throws(Fault) {
        if targetOffset == nil, let target, target == path { targetOffset = i }
        guard i < bytes.count else {
            throw Fault(offset: i, reason: .endsBeforeValue)
        }
        if (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "[")) && depth + 1 > Self.maximumDepth {
            throw Fault(offset: i, reason: .nestedTooDeep(limit: Self.maximumDepth))
        }
        switch bytes[i] {
        case UInt8(ascii: "{"): try scanContainer(.object, depth: depth + 1)
        case UInt8(ascii: "["): try scanContainer(.list, depth: depth + 1)
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber()
        case UInt8(ascii: "t"): try scanLiteral("true")
        case UInt8(ascii: "f"): try scanLiteral("false")
        case UInt8(ascii: "n"): try scanLiteral("null")
        default: throw Fault(offset: i, reason: .expectedValue(describe(i)))
        }
    }

    /// Scans an object or a list from its opening byte: members separated by commas up to the closing
    /// byte, with one trailing comma allowed.
    private mutating func scanContainer(_ kind: JSONSyntaxFault.Container, depth: Int) throws(Fault) {
        i += 1
        skipWhitespace()
        if i < bytes.count && bytes[i] == kind.closeByte {
            i += 1
            return
        }
        var index = 0
        while true {
            skipWhitespace()
            if index > 0 && i < bytes.count && bytes[i] == kind.closeByte {
                // Only reachable after a comma: Foundation accepts one trailing comma, and so must we,
                // or we would point at it while the real fault is elsewhere.
                i += 1
                return
            }
            switch kind {
            case .object: try scanField(depth: depth)
            case .list:
                path.append(.index(index))
                try scanValue(depth: depth)
                path.removeLast()
            }
            index += 1
            skipWhitespace()
            guard i < bytes.count else { throw Fault(offset: i, reason: .endsInside(kind)) }
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1
            case kind.closeByte:
                i += 1
                return
            default:
                throw Fault(offset: i, reason: .expectedSeparator(kind, describe(i)))
            }
        }
    }

    /// One member of an object: a field name in double quotes, a colon and a value.
    private mutating func scanField(depth: Int) throws(Fault) {
        guard i < bytes.count else {
            throw Fault(offset: i, reason: .endsInside(.object))
        }
        guard bytes[i] == UInt8(ascii: "\"") else {
            throw Fault(offset: i, reason: .expectedFieldName(describe(i)))
        }
        let key = try scanString()
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
            throw Fault(offset: i, reason: .expectedColon(field: key, describe(i)))
        }
        i += 1
        skipWhitespace()
        path.append(.key(key))
        try scanValue(depth: depth)
        path.removeLast()
    }

    /// Scans a string starting at its opening quote and returns its value (needed for keys on a path).
    private mutating func scanString() throws(Fault) -> String {
        let start = i
        i += 1
        var value: [UInt8] = []
        while true {
            guard i < bytes.count else {
                throw Fault(offset: start, reason: .unclosedText)
            }
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try scanEscape(into: &value)
            case 0..<0x20:
                throw Fault(offset: i, reason: .controlCharacter(describe(i)))
            case 0x80...:
                let length = try utf8SequenceLength(at: i)
                value.append(contentsOf: bytes[i..<i + length])
                i += length
            default:
                value.append(byte)
                i += 1
            }
        }
    }

    private mutating func scanEscape(into value: inout [UInt8]) throws(Fault) {
        let start = i
        i += 1
        guard i < bytes.count else {
            throw Fault(offset: start, reason: .endsInsideEscape)
        }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
            UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D,
            UInt8(ascii: "t"): 0x09,
        ]
        if let plain = simple[bytes[i]] {
            value.append(plain)
            i += 1
            return
        }
        guard bytes[i] == UInt8(ascii: "u") else {
            throw Fault(offset: start, reason: .notAnEscape(Character(Unicode.Scalar(bytes[i]))))
        }
        i += 1
        let unit = try scanHex4(escapeStart: start)
        var scalarValue = UInt32(unit)
        if (0xD800...0xDBFF).contains(unit) {
            // A high surrogate must be followed by an escaped low surrogate; together they are one scalar.
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u")
            else {
                throw Fault(offset: start, reason: .missingSecondHalf(unit))
            }
            let lowStart = i
            i += 2
            let low = try scanHex4(escapeStart: lowStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw Fault(offset: lowStart, reason: .wrongSecondHalf(low, after: unit))
            }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(unit) {
            throw Fault(offset: start, reason: .missingFirstHalf(unit))
        }
        if let scalar = Unicode.Scalar(scalarValue) {
            value.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
    }

    private mutating func scanHex4(escapeStart: Int) throws(Fault) -> UInt16 {
        guard i + 4 <= bytes.count else {
            throw Fault(offset: escapeStart, reason: .escapeNeedsFourDigits)
        }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[i])).hexDigitValue else {
                throw Fault(offset: escapeStart, reason: .escapeNeedsFourDigits)
            }
            unit = unit * 16 + UInt16(digit)
            i += 1
        }
        return unit
    }

    /// Length of the valid UTF-8 sequence at `at`, or a fault naming the bad byte.
    private func utf8SequenceLength(at start: Int) throws(Fault) -> Int {
        let lead = bytes[start]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default:
            throw Fault(offset: start, reason: .notUTF8Byte(lead))
        }
        guard start + length <= bytes.count else {
            throw Fault(offset: start, reason: .endsInsideCharacter)
        }
        for k in 1..<length {
            let byte = bytes[start + k]
            let range = k == 1 ? secondRange : 0x80...0xBF
            guard range.contains(byte) else {
                throw Fault(offset: start, reason: .notUTF8)
            }
        }
        return length
    }

    private mutating func scanNumber() throws(Fault) {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else {
            throw Fault(offset: start, reason: .numberNeedsDigitAfterMinus)
        }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < bytes.count && isDigit(bytes[i]) {
                throw Fault(offset: start, reason: .numberStartsWithZero)
            }
        } else {
            while i < bytes.count && isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else {
                throw Fault(offset: i, reason: .numberNeedsDigitAfterPoint)
            }
            while i < bytes.count && isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else {
                throw Fault(offset: i, reason: .numberNeedsExponentDigits)
            }
            while i < bytes.count && isDigit(bytes[i]) { i += 1 }
        }
    }

    private mutating func scanLiteral(_ word: String) throws(Fault) {
        let expected = Array(word.utf8)
        guard i + expected.count <= bytes.count, Array(bytes[i..<i + expected.count]) == expected else {
            throw Fault(offset: i, reason: .expectedValue(describe(i)))
        }
        i += expected.count
    }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// What a byte is in a message: a character for visible ASCII and valid UTF-8, otherwise its number.
    private func describe(_ offset: Int) -> JSONSyntaxFault.Found {
        guard offset < bytes.count else { return .end }
        let byte = bytes[offset]
        if (0x21...0x7E).contains(byte) { return .character(String(Character(Unicode.Scalar(byte)))) }
        if byte >= 0x80 {
            if let length = try? utf8SequenceLength(at: offset),
                let text = String(bytes: bytes[offset..<offset + length], encoding: .utf8)
            {
                return .character(text)
            }
            return .byte(byte)
        }
        return .control(byte)
    }
}
