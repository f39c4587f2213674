import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show jaaragenda --section SLUG [--width N] [--format text|tsv|json]`: the year agenda,
/// meetings as rows and the four columns of figure 3.3 (docs/METHOD.md).
struct ShowJaaragendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jaaragenda",
        abstract: "Print the jaaragenda: meetings as rows, the four columns of the year agenda.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var view: ShowViewOptions

    @Option(help: "text (the agenda), tsv or json (one line or object per entry).")
    var format: ShowFormat = .text

    func validate() throws { try view.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(view.section)
        let section = view.naming.presenting(stored.section)
        switch format {
        case .text:
            ShowViewOptions.print(
                JaaragendaView(section: section, context: view.context).printed(width: view.width))
        case .tsv: CommandSupport.emit(JaaragendaExport.tsv(section))
        case .json: CommandSupport.emit(JaaragendaExport.json(section))
        }
    }
}
