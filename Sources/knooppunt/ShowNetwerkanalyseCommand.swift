import ArgumentParser
import KnooppuntUI

/// `knooppunt show netwerkanalyse --section SLUG [--name N]`: a network analysis (docs/METHOD.md)
/// as on screen 3, as plain text.
struct ShowNetwerkanalyseCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("netwerkanalyse", \.helpShowNetwerkanalyse) }

    @OptionGroup var options: NetworkShowOptions

    func run() throws {
        try options.printNetwork(.analysis, what: .analysis, names: NetworkNames.analyses)
    }
}
