import ArgumentParser
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show netwerkanalyse --section SLUG [--name N]`: a network analysis (docs/METHOD.md)
/// as on screen 3, as plain text.
struct ShowNetwerkanalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "netwerkanalyse",
        abstract: "Print a network analysis: the initiative, its schakels (i p s l g) and ingredients.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: NetworkShowOptions

    func validate() throws { try options.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(options.section)
        let section = options.naming.presenting(stored.section)
        let names = section.networks.analyses.map { a in
            [a.name] + (a.initiativeID.flatMap { section.initiative($0)?.title }.map { [$0] } ?? [])
        }
        let index = try NetworkShowOptions.pick(
            names, name: options.name, kind: "network analysis", section: section.name)
        var screen = NetworksScreen(kind: .analysis, index: index)
        screen.showsKeyHints = false
        print(options.drawn(screen, section))
    }
}
