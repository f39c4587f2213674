import Foundation
import KnooppuntWords

/// A spreadsheet export read for an import (a staff list, a survey): the header row, the rows under it
/// that hold anything, and each cell without the white space around it. Both imports read their file
/// here, so both refuse a broken file with the same sentence and pass over a blank row alike.
struct ImportSheet {
    var encoding: CSVEncoding
    var delimiter: Unicode.Scalar
    var header: CSVReader.Record
    /// The rows under the header, without those in which every cell is blank.
    var body: [CSVReader.Record]

    /// `file` and `row` name what the import reads, in Dutch and English, for the one sentence about a
    /// file without even a header row ("een personeelslijst", "collega").
    init(_ bytes: Data, file: (Words) -> String, rowPer row: (Words) -> String)
        throws(ImportMessage)
    {
        let reader: CSVReader
        do {
            reader = try CSVReader(bytes: bytes)
        } catch {
            throw ImportMessage(line: error.line, nl: error.text(.dutch), en: error.text(.english))
        }
        guard let header = reader.records.first else {
            throw ImportMessage { w in w.importEmptyFile(file: file(w), row: row(w)) }
        }
        encoding = reader.encoding
        delimiter = reader.delimiter
        self.header = header
        body = reader.records.dropFirst().filter { record in
            !record.fields.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
    }

    /// The number of columns: the most fields in any row, the header included.
    var width: Int { max(header.fields.count, body.map(\.fields.count).max() ?? 0) }

    /// One cell's text without surrounding white space; "" beyond the end of a short row.
    static func cell(_ record: CSVReader.Record, _ column: Int) -> String {
        record.fields.indices.contains(column)
            ? record.fields[column].trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }
}
