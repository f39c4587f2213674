import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt dimensies --section S --person P --scores V1,…,V11 [--date D]`: records one member's
/// crosses on the dimensieraamwerk's eleven indicators.
struct DimensiesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("dimensies", \.helpDimensies, discussion: \.helpDimensiesDiscussion)
    }

    @OptionGroup var respondent: Respondent

    @Option(help: ArgumentHelp(\.helpDimensiesScores, valueName: "v1,…,v11")) var scores: String

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
        print(say.cliDimensionsRecorded(person: who.name, day: day, answers: count))
    }
}
