import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show initiative --section S --initiative TITLE-OR-ID`: every field, the history and the
/// experiences of one initiative, as the editor shows them.
struct ShowInitiativeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "initiative",
        abstract: "Print one initiative with every field, its history and experiences.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var view: ShowViewOptions

    @Option(
        help: ArgumentHelp(
            "The initiative: its id, its title, or a unique part of the title of three letters or more (case and accents do not matter).",
            valueName: "title-or-id"
        ))
    var initiative: String

    func validate() throws { try view.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(view.section)
        let section = view.naming.presenting(stored.section)
        let hits = TitleMatch.initiatives(in: section, matching: initiative)
        guard let hit = hits.first else {
            throw CommandFailure(
                "Section “\(CommandSupport.shown(view.section))” has no initiative “\(CommandSupport.shown(initiative))”; `knooppunt show stappenplan --section \(view.section)` lists them."
            )
        }
        guard hits.count == 1 else {
            throw CommandFailure(
                "“\(CommandSupport.shown(initiative))” names \(hits.count) initiatives; give the id instead (`--format tsv` of show stappenplan lists the ids)."
            )
        }
        ShowViewOptions.print(
            InitiativeView(section: section, initiative: hit, context: view.context).printed(
                width: view.width))
    }
}
