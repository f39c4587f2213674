import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show ecogram --section SLUG [--name N]`: the ecogram as on screen 3, as plain text.
struct ShowEcogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecogram",
        abstract: "Print an ecogram: a person's network in rings, with relation letters (K G E R).",
        discussion: "Negative ties (R) and private notes are left out unless --sensitive is given.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: NetworkShowOptions

    func validate() throws { try options.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(options.section)
        let section = options.naming.presenting(stored.section)
        let index = try NetworkShowOptions.pick(
            section.networks.ecograms.map { [$0.name, EcogramPictureName.centre($0, section)] },
            name: options.name,
            kind: "ecogram", section: section.name)
        var screen = NetworksScreen(kind: .ecogram, index: index)
        screen.showsKeyHints = false
        print(options.drawn(screen, section))
    }
}

enum EcogramPictureName {
    static func centre(_ e: Ecogram, _ s: Section) -> String {
        e.centre.personID.flatMap { s.person($0)?.name } ?? e.centre.name
    }
}

/// Options of the network views of `knooppunt show`.
struct NetworkShowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The section's slug (see `knooppunt sections`).", valueName: "slug"))
    var section: String

    @Option(help: ArgumentHelp("Which network, by (part of) its name; default the first.", valueName: "name"))
    var name: String?

    @Option(help: "Width of the drawing in columns (40-1000).")
    var width: Int = 100

    @Option(help: "Height of the drawing in rows (12-500).")
    var height: Int = 30

    @Option(
        help: ArgumentHelp(
            "Language of the labels: nl or en (default: from LANG, else nl).", valueName: "nl|en"))
    var lang: String?

    @Flag(help: "Also show negative ties and private notes (never on a shared screen).")
    var sensitive = false

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
        guard (12...500).contains(height) else {
            throw CommandFailure("--height must be between 12 and 500 rows, not \(height).")
        }
        if let lang, Language(rawValue: lang) == nil {
            throw CommandFailure("--lang must be nl or en, not \(CommandSupport.shown(lang)).")
        }
    }

    /// A network screen drawn at the requested size (or `height` rows) as plain text.
    func drawn(_ screen: some PictureScreen, _ section: Section, height: Int? = nil) -> String {
        var grid = Grid(width: width, height: height ?? self.height)
        screen.render(section, into: &grid, area: grid.bounds, context: context)
        return grid.plainText()
    }

    /// Printed text may end up on a projector or in a mail: treated as a shared screen.
    var context: ScreenContext {
        let language = CommandSupport.language(lang)
        return ScreenContext(language: language, color: false, sharedScreen: true, showSensitive: sensitive)
    }

    /// The index of the network whose name (any of `names`) matches: exactly, ignoring case and accents,
    /// else as the only one containing the text.
    static func pick(_ names: [[String]], name: String?, kind: String, section: String) throws -> Int {
        guard !names.isEmpty else {
            throw CommandFailure(
                "Section “\(CommandSupport.shown(section))” has no \(kind) yet; make one in the interface (knooppunt, screen \(kind == "sociogram" ? "4" : "3"))\(kind == "sociogram" ? " or with knooppunt import survey" : "") first."
            )
        }
        guard let name else { return 0 }
        let key = NameKey(name)
        if let exact = names.firstIndex(where: { $0.contains { NameKey($0) == key } }) { return exact }
        let partial = names.indices.filter { names[$0].contains { NameKey($0).value.contains(key.value) } }
        if partial.count == 1 { return partial[0] }
        let list = names.map { $0[0] }.map { CommandSupport.shown($0) }.joined(separator: ", ")
        throw CommandFailure(
            partial.isEmpty
                ? "No \(kind) named “\(CommandSupport.shown(name))” in section “\(CommandSupport.shown(section))”; there are: \(list)."
                : "“\(CommandSupport.shown(name))” fits several \(kind)s (\(partial.map { CommandSupport.shown(names[$0][0]) }.joined(separator: ", "))); give more of the name."
        )
    }
}
