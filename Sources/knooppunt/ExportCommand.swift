import ArgumentParser

/// `knooppunt export WHAT`: what the section plans and decides, in files colleagues open without a
/// terminal: mail text, web pages, a calendar, network files and pictures.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command(
            "export", \.helpExport, discussion: \.helpExportDiscussion,
            subcommands: [
                ExportAgendaCommand.self, ExportMinutesCommand.self, ExportJaaragendaCommand.self,
                ExportInitiativeCommand.self, ExportCalendarCommand.self, ExportNetworkCommand.self,
                ExportThermometerCommand.self, ExportDimensiesCommand.self, ExportReviewCommand.self,
                ExportInterventiesCommand.self,
            ])
    }
}
