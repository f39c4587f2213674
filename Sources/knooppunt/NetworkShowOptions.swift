import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// Options of the network views of `knooppunt show`: those of every view, which network, the height of
/// the drawing and whether sensitive ties show.
struct NetworkShowOptions: ParsableArguments {
    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp(\.helpNetworkShowName, valueName: "name")) var name: String?

    @Option(help: ArgumentHelp(\.helpNetworkShowHeight)) var height: Int = 30

    @Flag(help: ArgumentHelp(\.helpNetworkShowSensitive)) var sensitive = false

    func validate() throws {
        guard (12...500).contains(height) else {
            throw CommandFailure(say.cliHeightRefused(height: height))
        }
    }

    /// A network screen drawn at the requested size (or `height` rows) as plain text.
    func drawn(_ screen: some PictureScreen, _ section: Section, height: Int? = nil) -> String {
        var grid = Grid(width: view.width, height: height ?? self.height)
        screen.render(section, into: &grid, area: grid.bounds, context: context)
        return grid.plainText()
    }

    /// Printed text may end up on a projector or in a mail: treated as a shared screen.
    var context: ScreenContext {
        var context = view.context
        context.showSensitive = sensitive
        return context
    }

    /// Prints the ecogram or analysis (screen 3) whose name, or other name, matches `--name`.
    func printNetwork(_ kind: NetworksScreen.Kind, what: NetworkKind, names: (Section) -> [[String]]) throws {
        let section = try view.load().shown
        let index = try Self.pick(names(section), name: name, kind: what, section: section.name)
        var screen = NetworksScreen(kind: kind, index: index)
        screen.showsKeyHints = false
        print(drawn(screen, section))
    }

    /// The index of the network whose name (any of `names`) matches: exactly, ignoring case and accents,
    /// else as the only one containing the text.
    static func pick(_ names: [[String]], name: String?, kind: NetworkKind, section: String) throws -> Int {
        guard !names.isEmpty else {
            throw CommandFailure(say.noNetworkYet(kind, section: CommandSupport.shown(section)))
        }
        guard let name else { return 0 }
        let key = NameKey(name)
        if let exact = names.firstIndex(where: { $0.contains { NameKey($0) == key } }) { return exact }
        let partial = names.indices.filter { names[$0].contains { NameKey($0).value.contains(key.value) } }
        if partial.count == 1 { return partial[0] }
        let list = names.map { $0[0] }.map { CommandSupport.shown($0) }.joined(separator: ", ")
        throw CommandFailure(
            partial.isEmpty
                ? say.noNetwork(
                    kind, named: CommandSupport.shown(name), section: CommandSupport.shown(section),
                    list: list)
                : say.severalNetworks(
                    kind, named: CommandSupport.shown(name),
                    list: partial.map { CommandSupport.shown(names[$0][0]) }.joined(separator: ", ")))
    }
}

/// The names a network of screen 3 is found by: its own, and its centre's or its initiative's.
enum NetworkNames {
    static func ecograms(_ section: Section) -> [[String]] {
        section.networks.ecograms.map { e in
            [e.name, e.centre.personID.flatMap { section.person($0)?.name } ?? e.centre.name]
        }
    }

    static func analyses(_ section: Section) -> [[String]] {
        section.networks.analyses.map { a in
            [a.name] + (a.initiativeID.flatMap { section.initiative($0)?.title }.map { [$0] } ?? [])
        }
    }
}
