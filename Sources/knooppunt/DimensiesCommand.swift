import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt dimensies --section S --person P --scores V1,…,V11 [--date D]`: records one member's
/// crosses on the dimensieraamwerk's eleven indicators.
struct DimensiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dimensies",
        abstract: "Record one member's crosses on the eleven indicators of the dimensieraamwerk.",
        discussion: """
            Eleven positions from 0 (the first pole) to 10 (the second), in the order 1a 1b 2a 2b 3a 3b \
            3c 4a 4b 4c 4d (see `knooppunt show dimensies` for the poles). It is a conversation tool, \
            not a test: no position is right or wrong. As with the thermometer the section keeps the \
            answer without the person and this machine keeps which answer is theirs.
            """)

    @OptionGroup var respondent: Respondent

    @Option(help: ArgumentHelp("Eleven positions 0-10 in the order 1a-4d.", valueName: "v1,…,v11"))
    var scores: String

    static let order = "1a, 1b, 2a, 2b, 3a, 3b, 3c, 4a, 4b, 4c, 4d"

    func validate() throws {
        _ = try InstrumentInput.scores(
            scores, count: DimensionIndicator.allCases.count, range: DimensionIndicator.positions,
            order: Self.order)
    }

    func run() throws {
        let values = try InstrumentInput.scores(
            scores, count: DimensionIndicator.allCases.count, range: DimensionIndicator.positions,
            order: Self.order)
        guard let answer = DimensionAnswer(positions: values) else { return }
        let (_, who, day, updated) = try respondent.record { section, who, day, ledger in
            section.recordDimensions(answer, person: who.id, on: day, ledger: &ledger)
        }
        let count = updated.instruments.dimensionRound(on: day)?.answers.count ?? 1
        print(say.dimensionsRecorded(who.name, day: day, answers: count))
    }
}
