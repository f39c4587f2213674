import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel
import KnooppuntUI
import KnooppuntWords

/// `knooppunt import survey FILE --section S`: a sociogram survey as Microsoft Forms, Google Forms,
/// LimeSurvey or a spreadsheet exports it, one row per respondent and one topic per question.
struct ImportSurveyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("survey", \.helpImportSurvey, discussion: \.helpImportSurveyDiscussion)
    }

    @OptionGroup var target: SectionOptions

    @Argument(help: ArgumentHelp(\.helpImportSurveyFile, valueName: "file")) var file: String

    @Option(help: ArgumentHelp(\.helpImportSurveyTopic, valueName: "name")) var topic: String?

    @Option(
        name: .customLong("name-column"),
        help: ArgumentHelp(\.helpImportSurveyNameColumn, valueName: "header"))
    var nameColumn: String?

    @Option(
        name: .customLong("column"), help: ArgumentHelp(\.helpImportSurveyColumns, valueName: "header=topic"))
    var columns: [String] = []

    @Option(help: ArgumentHelp(\.helpImportSurveyMeasurement, valueName: "date")) var measurement: String?

    @Option(
        name: .customLong("new-measurement"),
        help: ArgumentHelp(\.helpImportSurveyNewMeasurement, valueName: "date"))
    var newMeasurement: String?

    @Option(help: ArgumentHelp(\.helpImportSurveySociogram, valueName: "name")) var sociogram: String?

    @Flag(name: .customLong("add-unknown"), help: ArgumentHelp(\.helpImportSurveyAddUnknown))
    var addUnknown = false

    @Flag(name: .customLong("skip-unknown"), help: ArgumentHelp(\.helpImportSurveySkipUnknown))
    var skipUnknown = false

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(\.helpImportSurveyDryRun)) var dryRun = false

    func validate() throws {
        if measurement != nil && newMeasurement != nil {
            throw CommandFailure(say.cliMeasurementOrNew)
        }
        if addUnknown && skipUnknown {
            throw CommandFailure(say.cliAddOrSkipUnknown)
        }
        for date in [measurement, newMeasurement].compactMap({ $0 }) where Day(typed: date) == nil {
            throw CommandFailure(say.cliNotADate(given: CommandSupport.shown(date)))
        }
        if let topic, NameKey(topic).isEmpty {
            throw CommandFailure(say.cliTopicNeedsName)
        }
        _ = try columnTopics()
    }

    /// `--column "HEADER=TOPIC"` as a dictionary; the last `=` splits, since a topic never has one.
    func columnTopics() throws -> [String: String] {
        var result: [String: String] = [:]
        for given in columns {
            guard let split = given.lastIndex(of: "="),
                !NameKey(String(given[..<split])).isEmpty,
                !NameKey(String(given[given.index(after: split)...])).isEmpty
            else {
                throw CommandFailure(say.cliColumnRefused(given: CommandSupport.shown(given)))
            }
            result[String(given[..<split])] = String(given[given.index(after: split)...])
                .trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    func run() throws {
        let english = target.global.language == .en
        let data = try CommandSupport.readInput(file)
        let (store, stored) = try target.load()
        var options = SurveyOptions(
            topic: topic, nameColumn: nameColumn, columnTopics: try columnTopics(),
            unknown: addUnknown ? .add : skipUnknown ? .skip : .refuse, sociogram: sociogram)
        if let day = measurement.flatMap(Day.init(typed:)) { options.measurement = .existing(day) }
        if let day = newMeasurement.flatMap(Day.init(typed:)) { options.measurement = .new(day) }
        let nothing = say.cliNothingImported
        let survey: SurveyImport
        do {
            survey = try SurveyImport(csv: data, section: stored.section, options: options)
        } catch {
            throw CommandFailure(
                CommandSupport.shown(error.text(english: english), limit: 400) + " " + nothing)
        }
        if dryRun {
            for line in SurveyPreview.lines(survey, section: stored.section, english: english) {
                print(CommandSupport.shown(line, limit: 300))
            }
            // A script checking a file before importing it learns from the status whether it would import.
            if !survey.problems.isEmpty {
                throw CommandFailure(say.cliFileProblems(count: survey.problems.count))
            }
            return
        }
        try CommandSupport.refuseImport(survey.problems.map { $0.text(english: english) })
        let outcome: SurveyImport.Outcome
        do {
            outcome = try survey.apply(to: stored.section)
        } catch {
            throw CommandFailure(
                CommandSupport.shown(error.text(english: english), limit: 400) + " " + nothing)
        }
        for notice in survey.notices {
            print(CommandSupport.shown(notice.text(english: english), limit: 400))
        }
        if outcome.section != stored.section {
            _ = try store.save(outcome.section, slug: stored.slug, expectedRevision: stored.revision)
        }
        let topics = outcome.topics.map {
            "‘\(CommandSupport.shown($0))’" + (outcome.newTopics.contains($0) ? say.cliNewMark : "")
        }.joined(separator: ", ")
        let date = "\(outcome.measurementDate)" + (outcome.measurementCreated ? say.cliNewMark : "")
        let respondentColumn =
            survey.table.respondentColumn.map { $0.name.text(Words(isEnglish: english)) } ?? ""
        var line = say.surveyImported(
            choices: outcome.choices, respondents: outcome.respondents, topics: topics,
            sociogram: CommandSupport.shown(outcome.sociogramName), date: date, column: respondentColumn)
        if !outcome.newPeople.isEmpty {
            line +=
                say.cliNewPeople
                + outcome.newPeople.map { CommandSupport.shown($0) }.joined(separator: ", ") + "."
        }
        if outcome.section == stored.section { line += say.cliNothingChangedAfter }
        print(line)
    }
}
