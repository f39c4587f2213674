import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show jaaragenda --section SLUG [--width N] [--format text|tsv|json]`: the year agenda,
/// meetings as rows and the four columns of figure 3.3 (docs/METHOD.md).
struct ShowJaaragendaCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("jaaragenda", \.helpShowJaaragenda) }

    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp(\.helpShowJaaragendaFormat)) var format: ShowFormat = .text

    func run() throws {
        try view.print(
            format,
            printed: { JaaragendaView(section: $0, context: view.context).printed(width: view.width) },
            tsv: JaaragendaExport.tsv, json: JaaragendaExport.json)
    }
}
