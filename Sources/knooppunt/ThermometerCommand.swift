import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt thermometer --section S [--group G] --person P --scores A,B,C,D [--date D] [--json]`:
/// records one member's relatie-thermometer and tells them their own sum and band.
struct ThermometerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thermometer",
        abstract: "Record one member's relatie-thermometer scores and print their sum and band.",
        discussion: """
            Four scores from 1 to 5, in the order trust (vertrouwen), norms (normen), working agreements \
            (werkafspraken), identification (identificatie). The sum (4-20) falls in band 1 (4-8, nearly \
            bankrupt), 2 (9-13, average) or 3 (14-20, rich in relations). The section file keeps the \
            answer under a random id without the person; this machine keeps which id is theirs (in \
            $XDG_STATE_HOME/knooppunt), so answering again in the same round changes the answer.
            """)

    @OptionGroup var respondent: Respondent

    @Option(
        help: ArgumentHelp(
            "The group kept in mind (default: the whole section); a new name starts a new group.",
            valueName: "name"))
    var group: String?

    @Option(help: ArgumentHelp("Four scores 1-5, e.g. 4,3,5,2.", valueName: "a,b,c,d"))
    var scores: String

    @Flag(help: "Print {\"sum\": N, \"band\": 1|2|3} instead of a sentence.")
    var json = false

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
