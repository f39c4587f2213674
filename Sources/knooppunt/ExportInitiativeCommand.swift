import ArgumentParser
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export initiative --section S --initiative T [--format md|html]`: one page per initiative.
struct ExportInitiativeCommand: ReportExportCommand {
    static var configuration: CommandConfiguration { .command("initiative", \.helpExportInitiative) }

    @OptionGroup var report: ReportOptions<PageFormats>

    @OptionGroup var initiative: InitiativeChoice

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) throws -> ReportDocument
    {
        let hit = try initiative.find(in: section, slug: export.section)
        let names = export.names(for: section)
        // Only the HTML page carries the picture of the initiative's network analysis.
        let picture =
            format == .html ? ScreenExport.analysisPicture(section, initiative: hit.id, names: names) : nil
        return InitiativeReport.document(section, initiative: hit, names: names, picture: picture)
    }
}
