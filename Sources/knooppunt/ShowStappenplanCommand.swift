import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show stappenplan --section SLUG [--width N] [--format text|tsv|json]`: the board as plain
/// text (the interface's own renderer, in print layout), or the export for scripts.
struct ShowStappenplanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("stappenplan", \.helpShowStappenplan, discussion: \.helpShowStappenplanDiscussion)
    }

    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp(\.helpShowStappenplanFormat)) var format: ShowFormat = .text

    @Flag(help: ArgumentHelp(\.helpShowStappenplanDropped)) var dropped = false

    func run() throws {
        try view.print(
            format,
            printed: {
                StappenplanView(section: $0, context: view.context, showDropped: dropped).printed(
                    width: view.width)
            }, tsv: StappenplanExport.tsv, json: StappenplanExport.json)
    }
}
