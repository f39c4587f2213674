import ArgumentParser

/// `knooppunt import survey|people`: data from outside (a form export, a staff list) into a section.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command(
            "import", \.helpImportData, subcommands: [ImportSurveyCommand.self, ImportPeopleCommand.self])
    }
}
