import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show person --section S --name NAME`: one person's initiatives, their stage, what each asks
/// next and the next meeting on the agenda ("my initiatives").
struct ShowPersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Print one person's initiatives: step, what is next, next meeting.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var view: ShowViewOptions

    @Option(
        help: ArgumentHelp(
            "The person: full name, initials, first name, surname, or a part of the name (case and accents do not matter).",
            valueName: "name"))
    var name: String

    @Flag(name: .customLong("private"), help: "Also print the person's private note (not for sharing).")
    var showPrivate = false

    func validate() throws { try view.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(view.section)
        let person: Person
        switch PersonLookup(section: stored.section).find(name) {
        case .found(let found):
            person = found
        case .notFound:
            throw CommandFailure(
                "Section “\(CommandSupport.shown(view.section))” has no person “\(CommandSupport.shown(name))”."
            )
        case .ambiguous(let hits):
            throw CommandFailure(
                "“\(CommandSupport.shown(name))” names \(hits.count) people ("
                    + CommandSupport.candidates(hits)
                    + "); give the full name or the initials.")
        }
        // Found by the real name; printed as the chosen naming shows it.
        let section = view.naming.presenting(stored.section)
        ShowViewOptions.print(
            PersonView(
                section: section, person: section.person(person.id) ?? person, context: view.context,
                showPrivateNote: showPrivate
            ).printed(width: view.width))
    }
}
