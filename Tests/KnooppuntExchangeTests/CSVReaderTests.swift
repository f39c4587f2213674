import Foundation
import KnooppuntExchange
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    func fields(_ text: String) throws -> [[String]] {
        try CSVReader(bytes: Array(text.utf8)).records.map(\.fields)
    }

    /// The error a file gives, or nil when it is accepted.
    func error(_ bytes: [UInt8]) -> CSVError? {
        do {
            _ = try CSVReader(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    func error(_ text: String) -> CSVError? { error(Array(text.utf8)) }

    @Test func aUTF8ByteOrderMarkIsDroppedBeforeTheFirstHeader() throws {
        let reader = try CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("Naam,Keuze\nGemma,Fred\n".utf8))
        #expect(reader.records.map(\.fields) == [["Naam", "Keuze"], ["Gemma", "Fred"]])
        #expect(reader.encoding == .utf8)
    }

    @Test func theDelimiterIsTakenFromTheHeaderLine() throws {
        let semicolons = try CSVReader(bytes: Array("Naam;Keuze 1;Keuze 2\nGemma;Fred, Theo;Heleen\n".utf8))
        #expect(semicolons.delimiter == ";")
        #expect(semicolons.records[1].fields == ["Gemma", "Fred, Theo", "Heleen"])
        let tabs = try CSVReader(bytes: Array("bron\tdoel\nA, B\tC; D\n".utf8))
        #expect(tabs.delimiter == "\t")
        #expect(tabs.records[1].fields == ["A, B", "C; D"])
        // Delimiters inside a quoted header do not count.
        #expect(try fields("\"a;b;c\",d\n1,2\n") == [["a;b;c", "d"], ["1", "2"]])
        #expect(try CSVReader(bytes: Array("Naam\nGemma\n".utf8)).delimiter == ",")
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
        #expect(
            try fields("a,b\r\n\"x, \"\"y\"\"\",\"line 1\r\nline 2\"\r\nlast,\"\"\r\n") == [
                ["a", "b"], ["x, \"y\"", "line 1\r\nline 2"], ["last", ""],
            ])
        #expect(try fields("a,b\nno,line end") == [["a", "b"], ["no", "line end"]])
        #expect(try fields("a\n\n\"\"\n\nb\n") == [["a"], [""], ["b"]])
        #expect(try fields("") == [])
    }

    @Test func linesArePhysicalSoAMultiLineFieldMovesLaterErrors() throws {
        let text = "Naam,Toelichting\nGemma,\"eerste regel\ntweede regel\nderde regel\"\nFred,x\"y\n"
        let reader = error(text)
        #expect(reader?.line == 5, "\(String(describing: reader))")
        let records = try CSVReader(bytes: Array("a,b\n\"1\n2\n3\",c\n\nd,e\n".utf8)).records
        #expect(records.map(\.line) == [1, 2, 6])
        // CRLF inside quotes is one line end, a lone CR is one too.
        let crlf = try CSVReader(bytes: Array("a\r\n\"x\r\ny\"\r\nb\rc\n".utf8)).records
        #expect(crlf.map(\.line) == [1, 2, 4, 5])
    }

    @Test func anUnterminatedQuoteIsOneSentenceWithTheLineWhereItOpens() throws {
        let fault = try #require(error("Naam,Keuze\nGemma,Fred\nTheo,\"Heleen\nJochem,Thomas\n"))
        #expect(fault.line == 3)
        #expect(
            fault.description
                == "line 3: a field opens a quote (\") here that is never closed; add the closing quote")
        #expect(!fault.description.contains("\n"))
    }

    @Test func strayQuotesAreRefusedWithTheirLine() {
        #expect(error("a,b\nx\"y,z\n")?.line == 2)
        #expect(error("a,b\nx\"y,z\n")?.problem.contains("does not start with one") == true)
        #expect(error("a,b\n\"x\"y,z\n")?.problem.contains("after its closing quote") == true)
        #expect(error("a,b\n  \"x\"  ,z\n") == nil)
    }

    @Test func utf16WithAByteOrderMarkIsRead() throws {
        let text = "bron\tdoel\r\nNoël\tĲsbrand\r\n"
        let little: [UInt8] =
            [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let reader = try CSVReader(bytes: little)
        #expect(reader.encoding == .utf16LittleEndian)
        #expect(reader.records.map(\.fields) == [["bron", "doel"], ["Noël", "Ĳsbrand"]])
        let big: [UInt8] =
            [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try CSVReader(bytes: big).records == reader.records)
        // Cut off in the middle of a character, or a lone surrogate on line 2: one sentence each.
        #expect(error(Array(little.dropLast()))?.line == 3)
        #expect(error([0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x62, 0x00])?.line == 2)
    }

    @Test func bytesThatAreNotUTF8AreReadAsWindows1252() throws {
        // Excel on a Dutch Windows: é is 0xE9, the euro sign 0x80, curly quotes 0x93 and 0x94.
        let bytes =
            Array("Naam;Keuze\nRen".utf8) + [0xE9] + Array(";".utf8) + [0x80, 0x93, 0x94, 0x81] + [0x0A]
        let reader = try CSVReader(bytes: bytes)
        #expect(reader.encoding == .windows1252)
        #expect(reader.records[1].fields == ["René", "€“”\u{FFFD}"])
        // A UTF-8 mark followed by broken UTF-8 is a damaged file, not Windows-1252.
        let damaged = error([0xEF, 0xBB, 0xBF] + Array("a\nb".utf8) + [0xE9, 0x0A])
        #expect(damaged?.line == 2)
        #expect(damaged?.problem.contains("UTF-8") == true)
    }

    @Test func noInputTraps() {
        // Every two-byte input and some awkward ones: the reader answers, it never crashes.
        for a in UInt8.min...UInt8.max {
            for b: UInt8 in [0x00, 0x0A, 0x0D, 0x22, 0x2C, 0x3B, 0xBB, 0xFE, 0xFF] {
                _ = error([a, b])
                _ = error([0xFF, 0xFE, a, b, a])
            }
        }
        for text in ["\"", "\"\"\"", ",,,\n;;;", "\r", "\r\r\n\n", "\u{FEFF}", "a\"", "\"a\"\"", "\t\"\t"] {
            _ = error(text)
        }
    }
}
