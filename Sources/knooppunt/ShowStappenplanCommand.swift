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

    @OptionGroup var view: ShowViewOptions

    @Option(help: "text (the board), tsv or json (one line or object per initiative).")
    var format: ShowFormat = .text

    @Flag(help: "Also show dropped (losgelaten) initiatives in the text board.")
    var dropped = false

    func run() throws {
        try view.print(
            format,
            printed: {
                StappenplanView(section: $0, context: view.context, showDropped: dropped).printed(
                    width: view.width)
            }, tsv: StappenplanExport.tsv, json: StappenplanExport.json)
    }
}
