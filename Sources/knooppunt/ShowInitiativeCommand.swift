import ArgumentParser
import KnooppuntUI

/// `knooppunt show initiative --section S --initiative TITLE-OR-ID`: every field, the history and the
/// experiences of one initiative, as the editor shows them.
struct ShowInitiativeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("initiative", \.helpShowInitiative) }

    @OptionGroup var view: ShowViewOptions

    @OptionGroup var initiative: InitiativeChoice

    func run() throws {
        try view.show { section, context in
            let hit = try initiative.find(in: section, slug: view.section)
            return InitiativeView(section: section, initiative: hit, context: context)
        }
    }
}
