import Foundation
import KnooppuntWords

/// One sentence of an import (a survey, a staff list), in Dutch and in English, with the row it is
/// about: a refusal (thrown, or listed among the problems), or a notice the import tells while it goes on
/// (a respondent who answered twice, a name it skipped). The interface and the command pick the language; the text is made
/// once, here, so both say the same.
public struct ImportMessage: Error, Hashable, Sendable, CustomStringConvertible {
    /// The physical line of the file (the header is 1), nil for the file as a whole.
    public var line: Int?
    public var nl: String
    public var en: String

    public init(line: Int? = nil, nl: String, en: String) { (self.line, self.nl, self.en) = (line, nl, en) }

    /// The message from the word tables, worded once in each language.
    init(line: Int? = nil, _ wording: (Words) -> String) {
        self.init(line: line, nl: wording(.dutch), en: wording(.english))
    }

    public func text(english: Bool) -> String { english ? en : nl }

    public var description: String { en }
}

/// How a column is named in a message: its spreadsheet letter and the start of its header, so that a
/// teacher finds it in Excel ("kolom F “Aan wie vraag je advies over…”").
public struct ImportColumnName: Hashable, Sendable {
    public var index: Int
    public var header: String

    /// A, B, … Z, AA, AB, …: the letters a spreadsheet shows above the column.
    public var letter: String {
        var n = index + 1
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// The header on one line, cut at 40 characters.
    public var shortHeader: String {
        let line = header.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        return line.count > 40 ? String(line.prefix(39)) + "…" : line
    }

    public func text(_ words: Words) -> String { words.importColumn(letter: letter, header: shortHeader) }
}
