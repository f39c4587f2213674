import ArgumentParser
import KnooppuntUI

/// `knooppunt show groslijst --section S --person P [--sensitive]`: one person's long list.
struct ShowGroslijstCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groslijst",
        abstract: "Print a person's long list of contacts, present and wished for.",
        discussion: "Negative marks and notes are left out unless --sensitive is given.")

    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp("Whose list: a person of the section.", valueName: "name"))
    var person: String

    @Flag(help: "Show negative marks and notes.")
    var sensitive = false

    func run() throws {
        let (stored, section) = try view.load()
        let owner = try Lookup.person(person, in: stored, slug: view.section)
        var context = view.context
        context.showSensitive = sensitive
        ShowViewOptions.print(
            GroslijstView(section: section, ownerID: owner.id, context: context).printed(width: view.width))
    }
}
