import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel
import KnooppuntUI

/// `knooppunt import survey FILE --section S`: a sociogram survey as Microsoft Forms, Google Forms,
/// LimeSurvey or a spreadsheet exports it, one row per respondent and one topic per question.
struct ImportSurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Import a sociogram survey (a form's CSV export): one topic per question column.",
        discussion: """
            Reads the export as it comes: UTF-8 (with or without BOM), UTF-16 (Excel's Unicode text) or \
            Windows-1252; comma, semicolon or tab separated. The columns Microsoft Forms, Google Forms and \
            LimeSurvey add (ID, Begintijd/Start time, Tijd van voltooien/Completion time, E-mail, \
            Tijdstempel/Timestamp, …) are ignored; the respondent's column is found by its header (Naam, \
            Name, Wat is je naam?) or named with --name-column. Each other column is a question; its topic \
            comes from the question's text ("… advies over didactiek?" → didactiek), from --column, or from \
            --topic when there is one question. Cells with several names are split on ; and on commas. \
            Names are matched to the section's people ignoring case, accents and IJ, by full name, \
            initials, first name or surname; a name that matches nobody stops the import (with a \
            suggestion when one is close) unless --add-unknown or --skip-unknown. The measurement is the \
            one dated within the file's completion times, else a new one dated the latest of them. A \
            respondent who answered twice counts once, with the latest answer. Importing the same file \
            twice changes nothing. --dry-run shows all this and writes nothing.
            """)

    @OptionGroup var target: SectionOptions

    @Argument(help: ArgumentHelp("The CSV file as the form tool or spreadsheet wrote it.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The topic of the file's only question, e.g. zorg.", valueName: "name"))
    var topic: String?

    @Option(
        name: .customLong("name-column"),
        help: ArgumentHelp(
            "The header (or letter) of the column with the respondent's name.", valueName: "header"))
    var nameColumn: String?

    @Option(
        name: .customLong("column"),
        help: ArgumentHelp(
            "The topic of one question column, by its header or letter (repeatable).",
            valueName: "header=topic"))
    var columns: [String] = []

    @Option(
        help: ArgumentHelp(
            "Add to the existing measurement of this date (2027-01-15 or 15-1-2027).", valueName: "date"))
    var measurement: String?

    @Option(
        name: .customLong("new-measurement"),
        help: ArgumentHelp(
            "Start a new measurement on this date (2027-01-15 or 15-1-2027).", valueName: "date"))
    var newMeasurement: String?

    @Option(
        help: ArgumentHelp(
            "The sociogram to import into (default: the first; one is made when there is none).",
            valueName: "name"))
    var sociogram: String?

    @Flag(name: .customLong("add-unknown"), help: "Add names that match nobody as new people of the section.")
    var addUnknown = false

    @Flag(name: .customLong("skip-unknown"), help: "Leave out names that match nobody, and list them.")
    var skipUnknown = false

    @Flag(
        name: .customLong("dry-run"),
        help: "Show how the file is read and what would be imported; write nothing.")
    var dryRun = false

    func validate() throws {
        if measurement != nil && newMeasurement != nil {
            throw CommandFailure(say.measurementOrNew)
        }
        if addUnknown && skipUnknown {
            throw CommandFailure(say.addOrSkipUnknown)
        }
        for date in [measurement, newMeasurement].compactMap({ $0 }) where Day(typed: date) == nil {
            throw CommandFailure(say.notADate(CommandSupport.shown(date)))
        }
        if let topic, NameKey(topic).isEmpty {
            throw CommandFailure(say.topicNeedsName)
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
                throw CommandFailure(say.columnRefused(CommandSupport.shown(given)))
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
        let nothing = say.nothingImported
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
                throw CommandFailure(say.fileProblems(survey.problems.count))
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
            "‘\(CommandSupport.shown($0))’" + (outcome.newTopics.contains($0) ? say.newMark : "")
        }.joined(separator: ", ")
        let date = "\(outcome.measurementDate)" + (outcome.measurementCreated ? say.newMark : "")
        let respondentColumn =
            survey.table.respondentColumn.map { $0.name.text(english ? .english : .dutch) } ?? ""
        var line = say.surveyImported(
            choices: outcome.choices, respondents: outcome.respondents, topics: topics,
            sociogram: CommandSupport.shown(outcome.sociogramName), date: date, column: respondentColumn)
        if !outcome.newPeople.isEmpty {
            line +=
                say.newPeople
                + outcome.newPeople.map { CommandSupport.shown($0) }.joined(separator: ", ") + "."
        }
        if outcome.section == stored.section { line += say.nothingChangedAfter }
        print(line)
    }
}
