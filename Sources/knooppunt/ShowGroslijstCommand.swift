import ArgumentParser
import KnooppuntUI

/// `knooppunt show groslijst --section S --person P [--sensitive]`: one person's long list.
struct ShowGroslijstCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("groslijst", \.helpShowGroslijst, discussion: \.helpShowGroslijstDiscussion)
    }

    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp(\.helpGroslijstTargetPerson, valueName: "name")) var person: String

    @Flag(help: ArgumentHelp(\.helpShowGroslijstSensitive)) var sensitive = false

    func run() throws {
        let (stored, section) = try view.load()
        let owner = try Lookup.person(person, in: stored, slug: view.section)
        var context = view.context
        context.showSensitive = sensitive
        ShowViewOptions.print(
            GroslijstView(section: section, ownerID: owner.id, context: context).printed(width: view.width))
    }
}
