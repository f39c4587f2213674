import ArgumentParser
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export agenda --section S --meeting N [--format md|html|txt]`.
struct ExportAgendaCommand: ReportExportCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "The agenda of one meeting, to mail to the section.")

    @OptionGroup var report: ReportOptions<MailFormats>

    @Option(help: ArgumentHelp("The meeting number (overleg N).", valueName: "N"))
    var meeting: Int

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) throws -> ReportDocument
    {
        AgendaReport.document(
            section, meeting: try Lookup.meeting(meeting, in: section, slug: export.section),
            names: export.names(for: section), today: .today)
    }
}
