import ArgumentParser
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export initiative --section S --initiative T [--format md|html]`: one page per initiative.
struct ExportInitiativeCommand: ReportExportCommand {
    static let configuration = CommandConfiguration(
        commandName: "initiative",
        abstract: "One page about an initiative: owner, goal, approach, trial, experiences, history, people.")

    @OptionGroup var report: ReportOptions<PageFormats>

    @Option(
        help: ArgumentHelp(
            "The initiative: its id, its title, or a unique part of the title of three letters or more.",
            valueName: "title"))
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
