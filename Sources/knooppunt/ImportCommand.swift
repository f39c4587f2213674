import ArgumentParser

/// `knooppunt import survey|people`: data from outside (a form export, a staff list) into a section.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data into a section.",
        subcommands: [ImportSurveyCommand.self, ImportPeopleCommand.self])
}
