import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export initiative --section S --initiative T [--format md|html]`: one page per initiative.
struct ExportInitiativeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "initiative",
        abstract: "One page about an initiative: owner, goal, approach, trial, experiences, history, people.")

    enum Format: String, CaseIterable { case md, html }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    @Option(
        help: ArgumentHelp(
            "The initiative: its id, its title, or a unique part of the title of three letters or more.",
            valueName: "title"))
    var initiative: String

    @Option(help: ArgumentHelp("md (Markdown) or html.", valueName: "md|html"))
    var format = "md"

    func validate() throws {
        try export.check()
        _ = try ExportOptions.format(format, as: Format.self, subject: "initiative")
    }

    func run() throws {
        let chosen = try ExportOptions.format(format, as: Format.self, subject: "initiative")
        let (_, stored) = try global.loadSection(export.section)
        let hits = TitleMatch.initiatives(in: stored.section, matching: initiative)
        guard let hit = hits.first else {
            throw CommandFailure(
                "Section “\(CommandSupport.shown(export.section))” has no initiative “\(CommandSupport.shown(initiative))”; `knooppunt show stappenplan --section \(CommandSupport.shown(export.section))` lists them."
            )
        }
        guard hits.count == 1 else {
            throw CommandFailure(
                "“\(CommandSupport.shown(initiative))” names \(hits.count) initiatives; give more of the title or the id."
            )
        }
        let names = export.names(for: stored.section)
        let picture =
            chosen == .html
            ? ScreenExport.analysisPicture(stored.section, initiative: hit.id, names: names) : nil
        let doc = InitiativeReport.document(stored.section, initiative: hit, names: names, picture: picture)
        try export.deliver(chosen == .md ? ReportMarkdown.render(doc) : ReportHTML.render(doc))
    }
}
