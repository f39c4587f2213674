import ArgumentParser
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export initiative --section S --initiative T [--format md|html]`: one page per initiative.
struct ExportInitiativeCommand: ReportExportCommand {
    static var configuration: CommandConfiguration { .command("initiative", .exportInitiative) }

    @OptionGroup var report: ReportOptions<PageFormats>

    @Option(help: ArgumentHelp(.exportInitiativeInitiative, valueName: "title"))
    var initiative: String

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) throws -> ReportDocument
    {
        let hit = try Lookup.initiative(initiative, in: section, slug: export.section)
        let names = export.names(for: section)
        // Only the HTML page carries the picture of the initiative's network analysis.
        let picture =
            format == .html ? ScreenExport.analysisPicture(section, initiative: hit.id, names: names) : nil
        return InitiativeReport.document(section, initiative: hit, names: names, picture: picture)
    }
}
