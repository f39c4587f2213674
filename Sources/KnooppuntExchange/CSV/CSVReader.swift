/// The one CSV reader of knooppunt: every format that arrives as a spreadsheet export (edge lists,
/// surveys) is read here, so a file one command accepts the others accept too.
///
/// RFC 4180, widened to what spreadsheets write: the encoding as `CSVEncoding` tells it (UTF-8 with or
/// without a byte order mark, UTF-16 with a mark, else Windows-1252); the delimiter `,`, `;` (Dutch Excel)
/// or a tab, whichever the header line has most of outside quotes; quoted fields with doubled quotes and
/// line breaks inside; LF, CRLF or CR line ends; a last line without a line end. Lines with nothing on
/// them are skipped (a line `""` is a record with one empty field). Meaning is the caller's: all fields
/// are text, untrimmed.
///
/// Refused, with the physical line and one sentence: a quote inside a field that does not start with
/// one, text after the closing quote of a field, a quote that is never closed. Guessing there would
/// shift fields into the wrong columns without anyone noticing.
public struct CSVReader: Hashable, Sendable {
    public struct Record: Hashable, Sendable {
        public var fields: [String]
        /// The physical line the record starts on (the header is line 1).
        public var line: Int

        public init(fields: [String], line: Int) { (self.fields, self.line) = (fields, line) }
    }

    /// The records in file order, the header (when the format has one) first.
    public var records: [Record]
    public var delimiter: Unicode.Scalar
    public var encoding: CSVEncoding

    public init(bytes: some Collection<UInt8>) throws(CSVError) {
        let (scalars, encoding) = try CSVEncoding.decode(Array(bytes))
        self.encoding = encoding
        delimiter = Self.delimiter(of: scalars)
        records = try Self.records(scalars, delimiter: delimiter)
    }

    /// Text that is already decoded (tests, pasted text); a leading byte order mark is dropped.
    public init(text: String) throws(CSVError) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        encoding = .utf8
        delimiter = Self.delimiter(of: scalars)
        records = try Self.records(scalars, delimiter: delimiter)
    }

    /// The delimiter the header line uses most outside quotes; on a tie the comma (RFC 4180's own), then
    /// the semicolon. A header of one column has none of them and is read with commas.
    static func delimiter(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        let candidates: [Unicode.Scalar] = [",", ";", "\t"]
        var counts = [0, 0, 0]
        var inQuotes = false
        for scalar in scalars {
            if scalar == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if let k = candidates.firstIndex(of: scalar) { counts[k] += 1 }
        }
        var best = 0
        for k in counts.indices where counts[k] > counts[best] { best = k }
        return candidates[best]
    }

    private enum State {
        case fieldStart, unquoted, quoted, afterClosingQuote
    }

    static func records(_ scalars: [Unicode.Scalar], delimiter: Unicode.Scalar) throws(CSVError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var state = State.fieldStart
        var anyQuoted = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var i = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            state = .fieldStart
        }
        func endRecord() {
            endField()
            // An empty line (nothing, not even quotes) is no record; its line still counts.
            if !(fields.count == 1 && fields[0].isEmpty && !anyQuoted) {
                records.append(Record(fields: fields, line: recordLine))
            }
            fields = []
            anyQuoted = false
        }

        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if state == .quoted {
                if c == "\"" {
                    if i < scalars.count && scalars[i] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        state = .afterClosingQuote
                    }
                    continue
                }
                field.append(c)
                if c == "\r" && i < scalars.count && scalars[i] == "\n" {
                    field.append("\n")
                    i += 1
                }
                if c == "\r" || c == "\n" { line += 1 }
                continue
            }
            if c == delimiter {
                endField()
            } else if c == "\r" || c == "\n" {
                if c == "\r" && i < scalars.count && scalars[i] == "\n" { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else if c == "\"" {
                // A quote may only open a field; spaces before it are tolerated and dropped.
                guard
                    state == .fieldStart
                        || (state == .unquoted && field.allSatisfy({ $0 == " " || $0 == "\t" }))
                else {
                    throw CSVError(
                        line: line,
                        fault: state == .afterClosingQuote ? .textAfterQuote : .quoteInsideField)
                }
                field = String.UnicodeScalarView()
                state = .quoted
                anyQuoted = true
                quoteLine = line
            } else if state == .afterClosingQuote {
                guard c == " " || c == "\t" else {
                    throw CSVError(line: line, fault: .textAfterQuote)
                }
            } else {
                field.append(c)
                state = .unquoted
            }
        }
        if state == .quoted {
            throw CSVError(
                line: quoteLine,
                fault: .quoteNeverClosed)
        }
        // A last line without a line end still counts; a final line end does not start a record.
        if !field.isEmpty || !fields.isEmpty || anyQuoted { endRecord() }
        return records
    }
}
