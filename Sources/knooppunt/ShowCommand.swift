import ArgumentParser

/// `knooppunt show VIEW`: prints a view as plain text, with the same renderer as the interface.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command(
            "show", \.helpShow,
            subcommands: [
                ShowStappenplanCommand.self, ShowJaaragendaCommand.self, ShowInitiativeCommand.self,
                ShowMeetingCommand.self, ShowPersonCommand.self, ShowEcogramCommand.self,
                ShowNetwerkanalyseCommand.self, ShowSociogramCommand.self, ShowMetricsCommand.self,
                ShowThermometerCommand.self, ShowDimensiesCommand.self, ShowReviewCommand.self,
                ShowInterventiesCommand.self, ShowGroslijstCommand.self,
            ])
    }
}
