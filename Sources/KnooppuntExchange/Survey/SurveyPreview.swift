import Foundation
import KnooppuntModel
import KnooppuntWords

/// The survey import's preview, as `--dry-run` prints it: how the file was read (encoding, separator),
/// each column with its role and topic, each name with its match, and what the import would write.
public enum SurveyPreview {
    public static func lines(_ survey: SurveyImport, section: Section, english: Bool) -> [String] {
        let words = Words(isEnglish: english)
        let table = survey.table
        var out: [String] = []
        let bom = table.byteOrderMark ? words.withBOM : ""
        let separator =
            switch table.delimiter {
            case ";": words.semicolon
            case "\t": words.tabSurvey
            default: words.comma
            }
        out.append(words.encoding + table.encoding.rawValue + bom)
        out.append(words.separator + separator)
        out.append(words.columns)
        for column in table.columns {
            let role: String
            switch column.role {
            case .ignored: role = words.ignored
            case .empty: role = words.empty
            case .startTime:
                role =
                    words.startTime
                    + (table.timeColumn == column ? words.measurementDate : "")
            case .completionTime:
                role = words.completionTimeMeasurementDate
            case .respondent: role = words.respondent
            case .question(let q):
                let question = table.questions[q]
                let option =
                    question.options[column.index].map { words.option + "‘\($0)’" } ?? ""
                role =
                    words.questionTopic
                    + (question.topic.isEmpty
                        ? words.giveItWithColumn : "‘\(question.topic)’")
                    + option
            }
            out.append(
                "  \(column.name.letter)  \(column.name.shortHeader.isEmpty ? "—" : column.name.shortHeader): \(role)"
            )
        }
        out.append(words.names)
        let keys = survey.matches.keys.sorted {
            let a = survey.places[$0]?.first, b = survey.places[$1]?.first
            return (a?.line ?? 0, a?.column ?? 0, $0.value) < (b?.line ?? 0, b?.column ?? 0, $1.value)
        }
        for key in keys {
            let written = survey.spelling[key] ?? key.value
            let match: String
            switch survey.matches[key] {
            case .person(let id)?:
                let name = section.person(id)?.name ?? "?"
                match = name == written ? "✓" : "→ \(name)"
            case .ambiguous(let ids)?:
                match =
                    words.several
                    + ids.compactMap { section.person($0)?.name }.joined(separator: ", ")
            case .unknown(let suggestion)?:
                let hint =
                    suggestion.flatMap(section.person).map {
                        words.didYouMean(value: $0.name)
                    } ?? ""
                switch survey.options.unknown {
                case .refuse: match = words.unknownSurvey + hint
                case .add: match = words.newPersonSurvey
                case .skip: match = words.skipped + hint
                }
            case nil: match = ""
            }
            out.append("  \(written) \(match)")
        }
        for notice in survey.notices { out.append(notice.text(english: english)) }
        for problem in survey.problems { out.append(words.error + problem.text(english: english)) }
        let target = survey.target
        let topics = target.topics.map { "‘\($0.name)’" + ($0.exists ? "" : words.newSurvey) }
            .joined(separator: ", ")
        let measurement =
            "\(target.measurementDate)" + (target.measurementIndex == nil ? words.newSurvey : "")
        if !survey.problems.isEmpty {
            out.append(
                words.wouldImportNothing(
                    count: survey.problems.count,
                    noun: survey.problems.count == 1 ? words.nounProblem : words.nounProblems))
        } else if let outcome = try? survey.apply(to: section) {
            let people =
                outcome.newPeople.isEmpty
                ? "" : words.newPeople + outcome.newPeople.joined(separator: ", ")
            out.append(
                words.wouldImportOfTopicsIntoMeasurement(
                    choices: outcome.choices,
                    choiceNoun: outcome.choices == 1 ? words.nounChoice : words.nounChoices,
                    respondents: outcome.respondents,
                    respondentNoun: outcome.respondents == 1 ? words.nounRespondent : words.nounRespondents,
                    topics: topics,
                    sociogramName: target.sociogramName, measurement: measurement, people: people))
        }
        out.append(words.nothingWrittenDryRun)
        return out
    }
}
