import ArgumentParser
import KnooppuntUI

/// `knooppunt show netwerkanalyse --section SLUG [--name N]`: a network analysis (docs/METHOD.md)
/// as on screen 3, as plain text.
struct ShowNetwerkanalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "netwerkanalyse",
        abstract: "Print a network analysis: the initiative, its schakels (i p s l g) and ingredients.")

    @OptionGroup var options: NetworkShowOptions

    func run() throws {
        try options.printNetwork(.analysis, what: .analysis, names: NetworkNames.analyses)
    }
}
