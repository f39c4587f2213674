import Foundation
import KnooppuntModel

/// A survey export read and understood, before any name is looked up: which column holds what, which
/// columns form one question and its topic, and per respondent row the names chosen per question.
///
/// Structural faults (no name column, a question without a topic, an option naming no column) are thrown
/// as one sentence; faults of single rows (a time that is no time, a row without a respondent) are
/// collected in `problems`, so the user sees all of them at once and nothing is imported.
public struct SurveyTable: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        /// A column form tools add: an id, an e-mail address, a score, a second name column.
        case ignored
        case startTime
        /// The time the measurement's date and the choice between duplicate answers come from.
        case completionTime
        case respondent
        /// A column of the question with this index in `questions`.
        case question(Int)
        /// No header and nothing in it (a trailing separator).
        case empty
    }

    public struct Column: Hashable, Sendable {
        public var index: Int
        public var header: String
        public var role: Role
        public var name: ImportColumnName { ImportColumnName(index: index, header: header) }
    }

    public struct Question: Hashable, Sendable {
        /// The question as asked (for LimeSurvey's option columns, the part before the brackets).
        public var text: String
        public var columns: [Int]
        /// LimeSurvey's columns of one option each: the option (a person's name) per column.
        public var options: [Int: String]
        public var topic: String
    }

    /// A name in a cell, with where it stands.
    public struct Answer: Hashable, Sendable {
        public var name: String
        public var column: Int
    }

    public struct Row: Hashable, Sendable {
        public var line: Int
        public var respondent: String
        public var completion: SurveyTimestamp?
        /// Per question (same order as `questions`), the names chosen.
        public var answers: [[Answer]]
    }

    public var encoding: CSVEncoding
    public var byteOrderMark: Bool
    public var delimiter: Unicode.Scalar
    public var columns: [Column]
    public var questions: [Question]
    public var rows: [Row]
    public var problems: [ImportMessage]

    public var respondentColumn: Column? { columns.first { $0.role == .respondent } }
    public var timeColumn: Column? {
        columns.first { $0.role == .completionTime } ?? columns.first { $0.role == .startTime }
    }

    /// Reads `bytes` as an export; `topics` are the sociogram's topics, so a question asked before gets
    /// its topic back by its text.
    public init(bytes: Data, options: SurveyOptions, topics: [SociogramTopic] = []) throws(ImportMessage) {
        let sheet = try ImportSheet(
            bytes, file: \.importAnExport, rowPer: \.importRespondent)
        encoding = sheet.encoding
        byteOrderMark =
            bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF])
        delimiter = sheet.delimiter
        let header = sheet.header
        let body = sheet.body
        let cell = ImportSheet.cell
        var columns = (0..<sheet.width).map { i in
            Column(index: i, header: cell(header, i), role: .ignored)
        }
        let respondent = try Self.respondentColumn(
            columns, body: body, cell: cell, option: options.nameColumn)
        for i in columns.indices {
            let kind = SurveyHeaders.kind(of: columns[i].header)
            if i == respondent {
                columns[i].role = .respondent
            } else if kind == .completionTime {
                columns[i].role = .completionTime
            } else if kind == .startTime {
                columns[i].role = .startTime
            } else if kind != nil {
                columns[i].role = .ignored
            } else if columns[i].header.isEmpty && body.allSatisfy({ cell($0, i).isEmpty }) {
                columns[i].role = .empty
            } else {
                // Numbered below, once the columns of one question are grouped.
                columns[i].role = .question(Self.ungrouped)
            }
        }
        var questions = Self.questions(columns)
        guard !questions.isEmpty else {
            throw ImportMessage(line: header.line) { $0.surveyNoQuestionColumn }
        }
        for (q, question) in questions.enumerated() {
            for c in question.columns { columns[c].role = .question(q) }
        }
        let topicProblems = try SurveyTopics.assign(
            &questions, columns: columns, options: options, stored: topics)
        self.columns = columns
        self.questions = questions

        // The rows: respondent, time, and the names per question.
        var rows: [Row] = []
        var problems = topicProblems
        let time = columns.first { $0.role == .completionTime } ?? columns.first { $0.role == .startTime }
        let dayFirst = time.map { t in
            SurveyTimestamp.dayFirst(
                body.map { cell($0, t.index) }, englishHeader: SurveyHeaders.isEnglish(t.header))
        }
        for record in body {
            let answers = questions.map { question in
                question.columns.flatMap { c -> [Answer] in
                    let text = cell(record, c)
                    if let option = question.options[c] {
                        if SurveyHeaders.isUnticked(text) { return [] }
                        if SurveyHeaders.isTicked(text) { return [Answer(name: option, column: c)] }
                    }
                    return Self.names(in: text).map { Answer(name: $0, column: c) }
                }
            }
            let name = cell(record, respondent)
            if NameKey(name).isEmpty {
                if answers.allSatisfy(\.isEmpty) { continue }
                let where_ = columns[respondent].name
                problems.append(
                    ImportMessage(line: record.line) {
                        $0.surveyRespondentEmpty(row: record.line, column: where_.text($0))
                    })
                continue
            }
            var completion: SurveyTimestamp?
            if let time, let dayFirst {
                let text = cell(record, time.index)
                completion = SurveyTimestamp(text, dayFirst: dayFirst)
                if completion == nil && !text.isEmpty {
                    problems.append(
                        ImportMessage(line: record.line) {
                            $0.surveyNotATime(row: record.line, column: time.name.text($0), text: text)
                        })
                }
            }
            rows.append(Row(line: record.line, respondent: name, completion: completion, answers: answers))
        }
        if rows.isEmpty && problems.count == topicProblems.count {
            throw ImportMessage { $0.surveyNoRespondents }
        }
        self.rows = rows
        self.problems = problems
    }

    /// The question number of a question column before the columns are grouped into questions.
    static let ungrouped = -1

    /// The names in one cell: Microsoft Forms separates a multiple-choice answer with `;` (and ends it
    /// with one), Google Forms with `, `; a cell typed by hand may have one name per line.
    public static func names(in cell: String) -> [String] {
        let semicolons = cell.contains(";") || cell.contains("\n")
        return cell.split(whereSeparator: { semicolons ? ($0 == ";" || $0.isNewline) : $0 == "," })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The respondent's column: the one `--name-column` names (by header or letter), else a column with a
    /// name header whose cells are not all "anonymous" (Microsoft Forms writes that in its Naam column
    /// when nobody had to sign in, and the form then asks the name as a question).
    static func respondentColumn(
        _ columns: [Column], body: [CSVReader.Record], cell: (CSVReader.Record, Int) -> String,
        option: String?
    ) throws(ImportMessage) -> Int {
        let list = columns.filter { !$0.header.isEmpty }.map { "“\($0.name.shortHeader)”" }
            .joined(separator: ", ")
        if let option {
            if let column = columns.first(where: { Self.names(option, $0) }) { return column.index }
            throw ImportMessage { $0.surveyNameColumnUnknown(option: option, list: list) }
        }
        let candidates = columns.filter { SurveyHeaders.kind(of: $0.header) == .respondent }
        if let named = candidates.first(where: { c in
            !body.allSatisfy { SurveyHeaders.isAnonymous(cell($0, c.index)) }
        }) {
            return named.index
        }
        if let anonymous = candidates.first {
            // A file without rows has nothing to be anonymous about; it is refused for that below.
            if body.isEmpty { return anonymous.index }
            throw ImportMessage(line: 1) { $0.surveyAnonymousColumn(column: anonymous.name.text($0)) }
        }
        throw ImportMessage(line: 1) { $0.surveyNoNameColumn(list: list) }
    }

    /// Whether `given` (a header, or a column letter such as F) names `column`.
    static func names(_ given: String, _ column: Column) -> Bool {
        let trimmed = given.trimmingCharacters(in: .whitespaces)
        if trimmed.count <= 2, trimmed.allSatisfy(\.isLetter), trimmed.uppercased() == column.name.letter {
            return true
        }
        return SurveyHeaders.key(trimmed) == SurveyHeaders.key(column.header)
    }

    /// The question columns grouped into questions: LimeSurvey's "Vraag [optie]" columns by their
    /// question, numbered columns "Keuze 1", "Keuze 2" by their common name; any other column alone.
    static func questions(_ columns: [Column]) -> [Question] {
        var questions: [Question] = []
        var byKey: [String: Int] = [:]
        let numbered = Dictionary(
            grouping: columns.filter { $0.role == .question(Self.ungrouped) }.compactMap {
                SurveyHeaders.numberedBase(of: $0.header).map(SurveyHeaders.key)
            }, by: { $0 })
        for column in columns where column.role == .question(Self.ungrouped) {
            var text = column.header
            var option: String?
            var key = "column \(column.index)"
            if let split = SurveyHeaders.option(of: column.header) {
                (text, option) = (split.question, split.option)
                key = "option " + SurveyHeaders.key(split.question)
            } else if let base = SurveyHeaders.numberedBase(of: column.header),
                (numbered[SurveyHeaders.key(base)]?.count ?? 0) > 1
            {
                text = base
                key = "numbered " + SurveyHeaders.key(base)
            }
            if let q = byKey[key] {
                questions[q].columns.append(column.index)
                if let option { questions[q].options[column.index] = option }
            } else {
                byKey[key] = questions.count
                questions.append(
                    Question(
                        text: text, columns: [column.index],
                        options: option.map { [column.index: $0] } ?? [:], topic: ""))
            }
        }
        return questions
    }
}
