import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show dimensies --section S [--json]`: per round and indicator where the crosses fall
/// (sorted, no names) and their mean; nothing but the count with fewer than three respondents.
struct ShowDimensiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dimensies",
        abstract: "Print the dimensieraamwerk: where the crosses fall per indicator, per round.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var view: ShowViewOptions

    @Flag(help: "Print the rounds as JSON.")
    var json = false

    func validate() throws { try view.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(view.section)
        let rounds = stored.section.instruments.dimensionRounds
        if json {
            print(Self.json(DimensionSummary.rounds(rounds)))
        } else {
            ShowViewOptions.print(
                DimensiesView(rounds: rounds, context: view.context).printed(width: view.width))
        }
    }

    static func json(_ rounds: [DimensionSummary]) -> String {
        let list: [[String: Any]] = rounds.map { r in
            [
                "date": r.date.description,
                "respondents": r.respondents,
                "indicators": DimensionIndicator.allCases.map { i -> [String: Any] in
                    [
                        "key": i.code,
                        "mean": r.means[i].map { ($0 * 100).rounded() / 100 } as Any? ?? NSNull(),
                        "positions": r.positions?[i] as Any? ?? NSNull(),
                    ]
                },
            ]
        }
        return JSONText.encode(["rounds": list])
    }
}
