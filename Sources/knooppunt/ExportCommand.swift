import ArgumentParser

/// `knooppunt export WHAT`: what the section plans and decides, in files colleagues open without a
/// terminal: mail text, web pages, a calendar, network files and pictures.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export an agenda, minutes, the jaaragenda, an initiative, the calendar, a network or an instrument.",
        discussion: """
            Every export writes to standard output unless -o FILE is given. Negative ties and private notes \
            are left out unless asked for (--sensitive, --private); --pseudonyms replaces every name by a \
            stable pseudonym.
            """,
        subcommands: [
            ExportAgendaCommand.self, ExportMinutesCommand.self, ExportJaaragendaCommand.self,
            ExportInitiativeCommand.self, ExportCalendarCommand.self, ExportNetworkCommand.self,
            ExportThermometerCommand.self, ExportDimensiesCommand.self, ExportReviewCommand.self,
            ExportInterventiesCommand.self,
        ]
    )
}
