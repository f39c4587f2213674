import ArgumentParser
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export minutes --section S --meeting N [--format md|html]`.
struct ExportMinutesCommand: ReportExportCommand {
    static var configuration: CommandConfiguration { .command("minutes", \.helpExportMinutes) }

    @OptionGroup var report: ReportOptions<PageFormats>

    @OptionGroup var meeting: MeetingChoice

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) throws -> ReportDocument
    {
        let meeting = try meeting.find(in: section, slug: export.section)
        return MinutesReport.document(section, meeting: meeting, names: export.names(for: section))
    }
}
