import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show stappenplan --section SLUG [--width N] [--format text|tsv|json]`: the board as plain
/// text (the interface's own renderer, in print layout), or the export for scripts.
struct ShowStappenplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stappenplan",
        abstract: "Print the stappenplan board: every initiative in its step.",
        discussion:
            "Text is the board of the interface in bands of columns; `!` marks a step whose record is missing."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var view: ShowViewOptions

    @Option(help: "text (the board), tsv or json (one line or object per initiative).")
    var format: ShowFormat = .text

    @Flag(help: "Also show dropped (losgelaten) initiatives in the text board.")
    var dropped = false

    func validate() throws { try view.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(view.section)
        let section = view.naming.presenting(stored.section)
        switch format {
        case .text:
            let board = StappenplanView(section: section, context: view.context, showDropped: dropped)
            ShowViewOptions.print(board.printed(width: view.width))
        case .tsv: CommandSupport.emit(StappenplanExport.tsv(section))
        case .json: CommandSupport.emit(StappenplanExport.json(section))
        }
    }
}

enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text, tsv, json
}

/// Options every `show` view of the front end takes.
struct ShowViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The section's slug (see `knooppunt sections`).", valueName: "slug"))
    var section: String

    @Option(help: "Width of the text in columns (40-1000).")
    var width: Int = 100

    @Option(
        help: ArgumentHelp(
            "Language of the labels: nl or en (default: from LANG, else nl).", valueName: "nl|en"))
    var lang: String?

    @Option(name: .customLong("today"), help: .hidden)
    var today: String?

    @Flag(help: "Name people by stable pseudonyms instead of their names (for a projector or a report).")
    var pseudonyms = false

    @Flag(help: "Name people by their initials instead of their names.")
    var initials = false

    /// How the printed view names people; the section on disk keeps the names.
    var naming: NameDisplay { pseudonyms ? .pseudonyms : (initials ? .initials : .fullNames) }

    func check() throws {
        guard (40...1000).contains(width) else {
            throw CommandFailure("--width must be between 40 and 1000 columns, not \(width).")
        }
        if let lang, Language(rawValue: lang) == nil {
            throw CommandFailure("--lang must be nl or en, not \(CommandSupport.shown(lang)).")
        }
        if let today, Day(typed: today) == nil {
            throw CommandFailure("--today must be a date written as YYYY-MM-DD or DD-MM-YYYY.")
        }
    }

    var context: ScreenContext {
        let language = CommandSupport.language(lang)
        // Printed output is a shared medium: private notes stay out unless a command says otherwise.
        return ScreenContext(
            language: language, color: false, sharedScreen: true, showSensitive: false,
            today: today.flatMap { Day(typed: $0) } ?? .today)
    }

    /// Prints a grid as plain text: no escape codes, trailing blank lines dropped.
    static func print(_ grid: Grid) {
        var text = grid.plainText()
        while text.hasSuffix("\n") { text.removeLast() }
        CommandSupport.emit(text + "\n")
    }
}
