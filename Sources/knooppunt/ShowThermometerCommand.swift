import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show thermometer --section S [--group G] [--json]`: per round and statement the spread
/// and mean of the scores, the number of respondents and the change since the previous round; never
/// one person's answer, and nothing but the count with fewer than three respondents.
struct ShowThermometerCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("thermometer", \.helpShowThermometer) }

    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp(\.helpShowThermometerGroup, valueName: "name")) var group: String?

    @Flag(help: ArgumentHelp(\.helpRoundsJson)) var json = false

    func run() throws {
        let stored = try view.load().stored
        let name = group ?? ""
        let instruments = stored.instruments
        let found: ThermometerGroup
        if let g = instruments.thermometerGroup(named: name) {
            found = g
        } else if name.trimmingCharacters(in: .whitespaces).isEmpty {
            found = ThermometerGroup()
        } else {
            let named = instruments.thermometerGroups.filter { !$0.isWholeSection }.map {
                "“\(CommandSupport.shown($0.name, limit: 40))”"
            }
            throw CommandFailure(
                say.noThermometerGroup(
                    CommandSupport.shown(name), section: CommandSupport.shown(view.section), groups: named))
        }
        view.printRounds(
            json: json ? Self.json(ThermometerSummary.rounds(of: found)) : nil,
            view: { ThermometerView(group: found, context: $0) })
    }

    /// The shape scripts read: rounds oldest first, statements in their fixed order, null where fewer
    /// than three answered.
    static func json(_ rounds: [ThermometerSummary]) -> String {
        JSONText.rounds(
            rounds, date: \.date, respondents: \.respondents, items: "statements",
            of: ThermometerStatement.allCases
        ) { r, s in
            let summary = r.summary(s)
            return [
                "key": s.rawValue, "mean": JSONText.rounded(summary.mean),
                "distribution": summary.distribution as Any? ?? NSNull(),
            ]
        }
    }
}

/// JSON text of a tree of dictionaries, arrays, numbers, strings and nulls, with sorted keys so the
/// output diffs well; an empty object if it cannot be written (it always can for such a tree).
enum JSONText {
    /// Rounds oldest first, each with its date, its number of respondents and, under `key`, one object
    /// per item of `all` in that order.
    static func rounds<Round, Item>(
        _ rounds: [Round], date: (Round) -> Day, respondents: (Round) -> Int, items key: String,
        of all: [Item],
        item: (Round, Item) -> [String: Any]
    ) -> String {
        encode([
            "rounds": rounds.map { r -> [String: Any] in
                ["date": date(r).description, "respondents": respondents(r), key: all.map { item(r, $0) }]
            }
        ])
    }

    /// A mean to two decimals, or null where there is none.
    static func rounded(_ mean: Double?) -> Any {
        mean.map { ($0 * 100).rounded() / 100 } as Any? ?? NSNull()
    }

    static func encode(_ tree: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
