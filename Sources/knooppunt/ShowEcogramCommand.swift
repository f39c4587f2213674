import ArgumentParser
import KnooppuntUI

/// `knooppunt show ecogram --section SLUG [--name N]`: the ecogram as on screen 3, as plain text.
struct ShowEcogramCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("ecogram", \.helpShowEcogram, discussion: \.helpShowEcogramDiscussion)
    }

    @OptionGroup var options: NetworkShowOptions

    func run() throws {
        try options.printNetwork(.ecogram, what: .ecogram, names: NetworkNames.ecograms)
    }
}
