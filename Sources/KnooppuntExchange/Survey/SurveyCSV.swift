import Foundation

/// Reads the CSV an online form exports (RFC 4180): fields separated by commas (or semicolons, as Dutch
/// spreadsheet programs write), quoted fields with doubled quotes and line breaks inside, CRLF or LF
/// line ends, an optional UTF-8 byte order mark. Returns rows of fields with their 1-based line number.
public enum SurveyCSV {
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    public static func parse(_ data: Data) throws(SurveyImportError) -> [Row] {
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw SurveyImportError(
                row: nil, problem: "the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\""
            )
        }
        let separator = detectSeparator(text)
        var rows: [Row] = []
        var field = ""
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var fieldStarted = false
        var iterator = Array(text.unicodeScalars)
        iterator.append("\n")
        var i = 0
        func endRow() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
            fieldStarted = false
        }
        while i < iterator.count {
            let c = iterator[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < iterator.count && iterator[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && !fieldStarted {
                inQuotes = true
                fieldStarted = true
            } else if c == separator {
                fields.append(field)
                field = ""
                fieldStarted = false
            } else if c == "\r" {
                // CR of a CRLF line end; a lone CR is treated as a line end too.
                if i + 1 < iterator.count && iterator[i + 1] == "\n" { i += 1 }
                endRow()
                line += 1
                rowLine = line
            } else if c == "\n" {
                endRow()
                line += 1
                rowLine = line
            } else {
                field.unicodeScalars.append(c)
                fieldStarted = true
            }
            i += 1
        }
        if inQuotes {
            throw SurveyImportError(row: rowLine, problem: "a quoted field is never closed")
        }
        return rows
    }

    /// A semicolon when the header line has semicolons and no commas outside quotes, else a comma.
    static func detectSeparator(_ text: String) -> Unicode.Scalar {
        var inQuotes = false
        var commas = 0, semicolons = 0
        for c in text.unicodeScalars {
            if c == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if c == "\n" || c == "\r" { break }
            if c == "," { commas += 1 }
            if c == ";" { semicolons += 1 }
        }
        return semicolons > 0 && commas == 0 ? ";" : ","
    }
}

/// One fault in a survey file: which row (1-based line of the file) and what is wrong, in one sentence.
public struct SurveyImportError: Error, Hashable, Sendable, CustomStringConvertible {
    public var row: Int?
    public var problem: String

    public init(row: Int?, problem: String) {
        self.row = row
        self.problem = problem
    }

    public var description: String {
        row.map { "row \($0): \(problem)" } ?? problem
    }
}
