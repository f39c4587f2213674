import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt thermometer --section S [--group G] --person P --scores A,B,C,D [--date D] [--json]`:
/// records one member's relatie-thermometer and tells them their own sum and band.
struct ThermometerCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("thermometer", \.helpThermometer, discussion: \.helpThermometerDiscussion)
    }

    @OptionGroup var respondent: Respondent

    @Option(help: ArgumentHelp(\.helpThermometerGroup, valueName: "name")) var group: String?

    @Option(help: ArgumentHelp(\.helpThermometerScores, valueName: "a,b,c,d")) var scores: String

    @Flag(help: ArgumentHelp(\.helpThermometerJson)) var json = false

    func validate() throws {
        _ = try InstrumentInput.scores(
            scores, count: 4, range: ThermometerStatement.scores,
            order: "vertrouwen, normen, werkafspraken, identificatie")
        if let group, !group.trimmingCharacters(in: .whitespaces).isEmpty {
            _ = try CommandSupport.validName(group, what: .group)
        }
    }

    func run() throws {
        let values = try InstrumentInput.scores(
            scores, count: 4, range: ThermometerStatement.scores,
            order: "vertrouwen, normen, werkafspraken, identificatie")
        guard let answer = ThermometerAnswer(scores: values) else { return }
        let groupName =
            try group.map { g in
                g.trimmingCharacters(in: .whitespaces).isEmpty
                    ? "" : try CommandSupport.validName(g, what: .group)
            } ?? ""
        let (recorded, who, day, _) = try respondent.record { section, who, day, ledger in
            section.recordThermometer(answer, group: groupName, person: who.id, on: day, ledger: &ledger)
        }
        let band = recorded.band
        if json {
            print("{\"sum\": \(recorded.sum), \"band\": \(band.rawValue)}")
        } else {
            print(
                say.thermometerRecorded(
                    who.name, sum: recorded.sum, band: band, group: CommandSupport.shown(groupName), day: day)
            )
        }
    }
}
