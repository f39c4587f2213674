import ArgumentParser
import KnooppuntUI

/// `knooppunt show person --section S --name NAME`: one person's initiatives, their stage, what each asks
/// next and the next meeting on the agenda ("my initiatives").
struct ShowPersonCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("person", \.helpShowPerson) }

    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp(\.helpShowPersonName, valueName: "name")) var name: String

    @Flag(name: .customLong("private"), help: ArgumentHelp(\.helpShowPersonShowPrivate))
    var showPrivate = false

    func run() throws {
        let (stored, section) = try view.load()
        // Found by the real name; printed as the chosen naming shows it.
        let person = try Lookup.person(name, in: stored, slug: view.section)
        ShowViewOptions.print(
            PersonView(
                section: section, person: section.person(person.id) ?? person, context: view.context,
                showPrivateNote: showPrivate
            ).printed(width: view.width))
    }
}
