import Foundation
import KnooppuntExchange
import KnooppuntModel
import KnooppuntUI

/// The interface's survey preview (`Effect.previewSurvey`), carried out here because the interface reads
/// no files and knows no formats: the same `SurveyImport` and `SurveyPreview` as `import survey --dry-run`,
/// and the section as the import would leave it, which the interface applies as one undoable change.
enum SurveyPreviewEffect {
    static func perform(_ request: SurveyRequest) -> SurveyPreviewResult {
        let english = request.english
        let words = CommandText.words(for: english ? .en : .nl)
        let path = (request.path as NSString).expandingTildeInPath
        guard let data = FileManager.default.contents(atPath: path) else {
            return SurveyPreviewResult(
                request: request,
                failure: words.cliCannotRead(file: request.path))
        }
        var options = SurveyOptions(columnTopics: request.columnTopics, sociogram: request.sociogram)
        options.unknown =
            switch request.unknown {
            case .refuse: .refuse
            case .add: .add
            case .skip: .skip
            }
        let survey: SurveyImport
        do {
            survey = try SurveyImport(csv: data, section: request.section, options: options)
        } catch {
            return SurveyPreviewResult(request: request, failure: error.text(english: english))
        }
        // The dry run's last line says nothing was written; in the preview Enter writes.
        let lines = SurveyPreview.lines(survey, section: request.section, english: english).dropLast()
        let columns = survey.table.columns.map { column in
            var role = lines.first { $0.hasPrefix("  \(column.name.letter)  ") } ?? ""
            if let colon = role.range(of: ": ") { role = String(role[colon.upperBound...]) }
            if case .question = column.role {
                return SurveyPreviewResult.Column(
                    letter: column.name.letter, header: column.header, role: role, isQuestion: true)
            }
            return SurveyPreviewResult.Column(
                letter: column.name.letter, header: column.header, role: role, isQuestion: false)
        }
        var imported: Section?
        var summary = ""
        if survey.problems.isEmpty, let outcome = try? survey.apply(to: request.section) {
            imported = outcome.section
            summary = words.cliPreviewImported(
                choices: outcome.choices, respondents: outcome.respondents, date: outcome.measurementDate)
        }
        return SurveyPreviewResult(
            request: request, lines: Array(lines), columns: columns,
            problems: survey.problems.map { $0.text(english: english) }, imported: imported, summary: summary)
    }
}
