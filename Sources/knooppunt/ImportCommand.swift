import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt import survey FILE.csv --section SLUG --topic NAME`: a sociogram survey as an online form
/// exports it, one row per respondent.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data into a section.",
        subcommands: [ImportSurveyCommand.self])
}

struct ImportSurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Import a sociogram survey (CSV from an online form) as choices for one topic.",
        discussion: """
            The CSV has a header row, a column with the respondent's name, then columns with the names they \
            chose (one per column, or several in one cell separated by commas). Names are matched to the \
            section's people ignoring case and accents, by full name, initials, first name or surname. The \
            file may be comma, semicolon or tab separated, in UTF-8, UTF-16 or Windows-1252. When a name is \
            unknown or ambiguous nothing is imported and every such name is listed with its rows; with \
            --add-unknown unknown names become new people. Importing the same file twice changes nothing.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp(
            "The CSV file (comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252).",
            valueName: "file.csv"))
    var file: String

    @Option(help: ArgumentHelp("The section's slug.", valueName: "slug"))
    var section: String

    @Option(
        help: ArgumentHelp(
            "The topic the question was about, e.g. zorg (created when new).", valueName: "name"))
    var topic: String

    @Option(help: ArgumentHelp("The question as it was asked (stored with the topic).", valueName: "text"))
    var question: String?

    @Option(
        help: ArgumentHelp(
            "The sociogram to import into (default: the first; one is made when there is none).",
            valueName: "name"))
    var sociogram: String?

    @Option(
        name: .customLong("new-measurement"),
        help: ArgumentHelp(
            "Start a new measurement on this date (a repeat); default: add to the latest.",
            valueName: "YYYY-MM-DD"))
    var newMeasurement: String?

    @Flag(name: .customLong("add-unknown"), help: "Add names that match nobody as new people of the section.")
    var addUnknown = false

    func validate() throws {
        if NameKey(topic).isEmpty { throw CommandFailure("--topic needs a name, e.g. --topic zorg.") }
        if let newMeasurement, Day(newMeasurement) == nil {
            throw CommandFailure(
                "--new-measurement must be a date written as YYYY-MM-DD, not \(CommandSupport.shown(newMeasurement))."
            )
        }
    }

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure(
                "Cannot read \(CommandSupport.shown(file)): the file does not exist or is not readable.")
        }
        let (store, stored) = try global.loadSection(section)
        let outcome: SurveyImport.Outcome
        let survey: SurveyImport
        do {
            survey = try SurveyImport(csv: data, section: stored.section)
            let problems = survey.problems(in: stored.section, addUnknown: addUnknown)
            if !problems.isEmpty {
                // Every problem on its own line, then one sentence saying nothing was changed.
                for p in problems {
                    CommandSupport.printError("\(CommandSupport.shown(file, limit: 60)): \(p).")
                }
                let hint =
                    survey.unknownNames.isEmpty
                    ? "" : " Correct the names, or use --add-unknown to add unknown names as new people."
                throw CommandFailure("Nothing was imported.\(hint)")
            }
            outcome = try survey.apply(
                to: stored.section, topic: topic, question: question, addUnknown: addUnknown,
                sociogramName: sociogram,
                newMeasurement: newMeasurement.flatMap { Day($0) })
        } catch let error as CSVError {
            throw CommandFailure(
                "\(CommandSupport.shown(file, limit: 60)): \(error.description); nothing was imported.")
        }
        _ = try store.save(outcome.section, slug: stored.slug, expectedRevision: stored.revision)
        var line =
            "Imported \(outcome.choices) choice\(outcome.choices == 1 ? "" : "s") of \(outcome.respondents) respondent\(outcome.respondents == 1 ? "" : "s") for topic “\(CommandSupport.shown(outcome.topicName))”"
        line += outcome.topicCreated ? " (new topic)" : ""
        line +=
            " into “\(CommandSupport.shown(outcome.sociogramName))”, measurement of \(outcome.measurementDate)."
        // Which column held the respondents, so a wrongly guessed column shows before anyone relies on it.
        line += " Respondents from the column “\(CommandSupport.shown(survey.respondentHeader))”."
        if !outcome.newPeople.isEmpty {
            line +=
                " New people: " + outcome.newPeople.map { CommandSupport.shown($0) }.joined(separator: ", ")
                + "."
        }
        print(line)
    }
}
