/// The text encoding of a CSV file, told by its first bytes, and the decoding of the bytes into text.
///
/// - A UTF-8 byte order mark, or bytes that are valid UTF-8: UTF-8 (the mark is dropped).
/// - A UTF-16 byte order mark (FF FE or FE FF): UTF-16 little or big endian, as Excel's "Unicode text"
///   and some form tools write it.
/// - Anything else: Windows-1252. Excel on a Dutch Windows saves "CSV (gescheiden door lijstscheidingsteken)"
///   in the machine's ANSI code page, which is Windows-1252 there, so "Noël" arrives as the single byte
///   0xEB. Refusing such a file would send a teacher looking for a save option most never find; every
///   byte sequence is valid Windows-1252, so this fallback always gives text. A UTF-8 file is never read
///   this way by mistake, since UTF-8 is tried first and a Windows-1252 text with accents is almost
///   never valid UTF-8.
public enum CSVEncoding: String, Hashable, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"

    /// The text of `bytes` as scalars, and the encoding it was read in.
    ///
    /// Fails only where the file claims an encoding by its byte order mark and then breaks it (a UTF-8
    /// mark followed by bytes that are not UTF-8, a UTF-16 mark with an odd number of bytes or an
    /// unpaired surrogate): guessing again there would hide a damaged file.
    public static func decode(_ bytes: [UInt8]) throws(CSVError) -> (
        scalars: [Unicode.Scalar], encoding: Self
    ) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let scalars = utf8(bytes[3...]) else {
                throw CSVError(
                    line: lineOfFirstInvalidUTF8(bytes[3...]),
                    fault: .notUTF8AfterMark)
            }
            return (scalars, .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try utf16(bytes[2...], littleEndian: true), .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try utf16(bytes[2...], littleEndian: false), .utf16BigEndian)
        }
        if let scalars = utf8(bytes[...]) { return (scalars, .utf8) }
        return (bytes.map(windows1252), .windows1252)
    }

    static func utf8(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }

    /// The physical line of the first byte sequence that is not UTF-8, for the message.
    static func lineOfFirstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var before: [Unicode.Scalar] = []
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { before.append(scalar) }
        return lineCount(before)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(CSVError) -> [Unicode.Scalar] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let first = UInt16(bytes[i]), second = UInt16(bytes[i + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            i += 2
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break decoding
            case .error:
                throw CSVError(
                    line: lineCount(scalars),
                    fault: .notUTF16)
            }
        }
        if i < bytes.endIndex {
            throw CSVError(
                line: lineCount(scalars),
                fault: .cutOffUTF16)
        }
        return scalars
    }

    /// Bytes 0x80–0x9F are Windows-1252's own (€, curly quotes, Š, ž…); the five it leaves undefined
    /// become U+FFFD rather than invisible control characters. All other bytes are their Latin-1 code point.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(table[Int(byte) - 0x80]) ?? "\u{FFFD}"
    }

    /// The physical line the text after `scalars` is on: 1 plus the line ends in it (LF, CRLF or CR).
    static func lineCount(_ scalars: [Unicode.Scalar]) -> Int {
        var line = 1
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\n" || (scalar == "\r" && (i + 1 == scalars.count || scalars[i + 1] != "\n")) {
                line += 1
            }
        }
        return line
    }
}
