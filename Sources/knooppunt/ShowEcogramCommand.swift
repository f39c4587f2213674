import ArgumentParser
import KnooppuntUI

/// `knooppunt show ecogram --section SLUG [--name N]`: the ecogram as on screen 3, as plain text.
struct ShowEcogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecogram",
        abstract: "Print an ecogram: a person's network in rings, with relation letters (K G E R).",
        discussion: "Negative ties (R) and private notes are left out unless --sensitive is given.")

    @OptionGroup var options: NetworkShowOptions

    func run() throws {
        try options.printNetwork(.ecogram, what: .ecogram, names: NetworkNames.ecograms)
    }
}
