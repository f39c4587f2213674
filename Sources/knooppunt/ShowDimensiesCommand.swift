import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show dimensies --section S [--json]`: per round and indicator where the crosses fall
/// (sorted, no names) and their mean; nothing but the count with fewer than three respondents.
struct ShowDimensiesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("dimensies", \.helpShowDimensies) }

    @OptionGroup var view: ShowViewOptions

    @Flag(help: ArgumentHelp(\.helpRoundsJson)) var json = false

    func run() throws {
        let stored = try view.load().stored
        let rounds = stored.instruments.dimensionRounds
        view.printRounds(
            json: json ? Self.json(DimensionSummary.rounds(rounds)) : nil,
            view: { DimensiesView(rounds: rounds, context: $0) })
    }

    static func json(_ rounds: [DimensionSummary]) -> String {
        JSONText.rounds(
            rounds, date: \.date, respondents: \.respondents, items: "indicators",
            of: DimensionIndicator.allCases
        ) { r, i in
            [
                "key": i.code, "mean": JSONText.rounded(r.means[i]),
                "positions": r.positions?[i] as Any? ?? NSNull(),
            ]
        }
    }
}
