import ArgumentParser

/// `knooppunt show VIEW`: prints a view as plain text, with the same renderer as the interface.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a view as plain text (for reports, mail and scripts).",
        subcommands: [
            ShowStappenplanCommand.self, ShowJaaragendaCommand.self, ShowInitiativeCommand.self,
            ShowMeetingCommand.self, ShowPersonCommand.self, ShowEcogramCommand.self,
            ShowNetwerkanalyseCommand.self, ShowSociogramCommand.self, ShowMetricsCommand.self,
            ShowThermometerCommand.self,
            ShowDimensiesCommand.self, ShowReviewCommand.self, ShowInterventiesCommand.self,
            ShowGroslijstCommand.self,
        ]
    )
}
