import ArgumentParser
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export agenda --section S --meeting N [--format md|html|txt]`.
struct ExportAgendaCommand: ReportExportCommand {
    static var configuration: CommandConfiguration { .command("agenda", \.helpExportAgenda) }

    @OptionGroup var report: ReportOptions<MailFormats>

    @OptionGroup var meeting: MeetingChoice

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) throws -> ReportDocument
    {
        AgendaReport.document(
            section, meeting: try meeting.find(in: section, slug: export.section),
            names: export.names(for: section), today: .today)
    }
}
