import Foundation
import KnooppuntModel

/// The survey import's preview, as `--dry-run` prints it: how the file was read (encoding, separator),
/// each column with its role and topic, each name with its match, and what the import would write.
public enum SurveyPreview {
    public static func lines(_ survey: SurveyImport, section: Section, english: Bool) -> [String] {
        func t(_ nl: String, _ en: String) -> String { english ? en : nl }
        let table = survey.table
        var out: [String] = []
        let bom = table.byteOrderMark ? t(" met BOM", " with BOM") : ""
        let separator =
            switch table.delimiter {
            case ";": t("puntkomma (;)", "semicolon (;)")
            case "\t": t("tab", "tab")
            default: t("komma (,)", "comma (,)")
            }
        out.append(t("Codering: ", "Encoding: ") + table.encoding.rawValue + bom)
        out.append(t("Scheidingsteken: ", "Separator: ") + separator)
        out.append(t("Kolommen:", "Columns:"))
        for column in table.columns {
            let role: String
            switch column.role {
            case .ignored: role = t("genegeerd", "ignored")
            case .empty: role = t("leeg", "empty")
            case .startTime:
                role =
                    t("begintijd", "start time")
                    + (table.timeColumn == column ? t(" → meetdatum", " → measurement date") : "")
            case .completionTime:
                role = t("tijd van voltooien → meetdatum", "completion time → measurement date")
            case .respondent: role = t("respondent", "respondent")
            case .question(let q):
                let question = table.questions[q]
                let option =
                    question.options[column.index].map { t(", optie ", ", option ") + "‘\($0)’" } ?? ""
                role =
                    t("vraag → onderwerp ", "question → topic ")
                    + (question.topic.isEmpty
                        ? t("? (geef het met --column)", "? (give it with --column)") : "‘\(question.topic)’")
                    + option
            }
            out.append(
                "  \(column.name.letter)  \(column.name.shortHeader.isEmpty ? "—" : column.name.shortHeader): \(role)"
            )
        }
        out.append(t("Namen:", "Names:"))
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
                    t("? meerdere: ", "? several: ")
                    + ids.compactMap { section.person($0)?.name }.joined(separator: ", ")
            case .unknown(let suggestion)?:
                let hint =
                    suggestion.flatMap(section.person).map {
                        t(" (bedoel je \($0.name)?)", " (did you mean \($0.name)?)")
                    } ?? ""
                switch survey.options.unknown {
                case .refuse: match = t("✗ onbekend", "✗ unknown") + hint
                case .add: match = t("+ nieuwe persoon", "+ new person")
                case .skip: match = t("– overgeslagen", "– skipped") + hint
                }
            case nil: match = ""
            }
            out.append("  \(written) \(match)")
        }
        for notice in survey.notices { out.append(notice.text(english: english)) }
        for problem in survey.problems { out.append(t("Fout: ", "Error: ") + problem.text(english: english)) }
        let target = survey.target
        let topics = target.topics.map { "‘\($0.name)’" + ($0.exists ? "" : t(" (nieuw)", " (new)")) }
            .joined(separator: ", ")
        let measurement =
            "\(target.measurementDate)" + (target.measurementIndex == nil ? t(" (nieuw)", " (new)") : "")
        if !survey.problems.isEmpty {
            out.append(
                t(
                    "Zou niets importeren: \(survey.problems.count) \(survey.problems.count == 1 ? "fout" : "fouten").",
                    "Would import nothing: \(survey.problems.count) \(survey.problems.count == 1 ? "problem" : "problems")."
                ))
        } else if let outcome = try? survey.apply(to: section) {
            let people =
                outcome.newPeople.isEmpty
                ? "" : t(", nieuwe mensen: ", ", new people: ") + outcome.newPeople.joined(separator: ", ")
            out.append(
                t(
                    "Zou importeren: \(outcome.choices) \(outcome.choices == 1 ? "keuze" : "keuzes") van \(outcome.respondents) \(outcome.respondents == 1 ? "respondent" : "respondenten"), onderwerpen \(topics), in ‘\(target.sociogramName)’, meting van \(measurement)\(people).",
                    "Would import: \(outcome.choices) \(outcome.choices == 1 ? "choice" : "choices") of \(outcome.respondents) \(outcome.respondents == 1 ? "respondent" : "respondents"), topics \(topics), into ‘\(target.sociogramName)’, measurement of \(measurement)\(people)."
                ))
        }
        out.append(t("Niets geschreven (--dry-run).", "Nothing written (--dry-run)."))
        return out
    }
}
