/// RFC 4180 records as raw bytes per field; decoding and meaning are the caller's.
struct CSVRecords {
    struct Record {
        var fields: [[UInt8]]
        var row: Int
        /// Whether any field was quoted (a line `""` is not blank).
        var quoted: Bool
    }

    static func parse(_ input: [UInt8]) throws(EdgeListError) -> [Record] {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var records: [Record] = []
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var row = 1
        var quoted = false
        var inQuotes = false
        var fieldWasQuoted = false
        var afterClosingQuote = false
        var i = bytes.startIndex
        func endField() {
            fields.append(field)
            field = []
            fieldWasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            records.append(Record(fields: fields, row: row, quoted: quoted))
            fields = []
            quoted = false
            row += 1
        }
        while i < bytes.endIndex {
            let byte = bytes[i]
            i = bytes.index(after: i)
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if i < bytes.endIndex && bytes[i] == UInt8(ascii: "\"") {
                        field.append(byte)
                        i = bytes.index(after: i)
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\r"):
                if i < bytes.endIndex && bytes[i] == UInt8(ascii: "\n") { i = bytes.index(after: i) }
                endRecord()
            case UInt8(ascii: "\n"):
                endRecord()
            case UInt8(ascii: "\""):
                // A quote may only open a field (spaces before it are tolerated and dropped).
                guard !fieldWasQuoted, field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else {
                    throw EdgeListError(
                        row: row, problem: "has a quote (\") inside a field that does not start with one")
                }
                field = []
                inQuotes = true
                fieldWasQuoted = true
                quoted = true
            default:
                if afterClosingQuote && byte != 0x20 && byte != 0x09 {
                    throw EdgeListError(row: row, problem: "has text after the closing quote of a field")
                }
                if !afterClosingQuote { field.append(byte) }
            }
        }
        if inQuotes {
            throw EdgeListError(row: row, problem: "has a quote (\") that is never closed")
        }
        // A last line without a line break still counts; a final line break does not start a record.
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
