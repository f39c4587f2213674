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

    @OptionGroup var target: SectionOptions

    @Option(
        help: ArgumentHelp(
            "The group kept in mind (default: the whole section); a new name starts a new group.",
            valueName: "name"))
    var group: String?

    @Option(
        help: ArgumentHelp(
            "Who answers: full name, initials, first name or surname (case and accents do not matter).",
            valueName: "name"))
    var person: String

    @Option(help: ArgumentHelp("Four scores 1-5, e.g. 4,3,5,2.", valueName: "a,b,c,d"))
    var scores: String

    @Option(help: ArgumentHelp("The day of the round (default: today).", valueName: "day"))
    var date: String?

    @Flag(help: "Print {\"sum\": N, \"band\": 1|2|3} instead of a sentence.")
    var json = false

    func validate() throws {
        _ = try InstrumentInput.scores(
            scores, count: 4, range: ThermometerStatement.scores,
            order: "vertrouwen, normen, werkafspraken, identificatie")
        _ = try InstrumentInput.day(date)
        if let group, !group.trimmingCharacters(in: .whitespaces).isEmpty {
            _ = try CommandSupport.validName(group, what: .group)
        }
    }

    func run() throws {
        let values = try InstrumentInput.scores(
            scores, count: 4, range: ThermometerStatement.scores,
            order: "vertrouwen, normen, werkafspraken, identificatie")
        guard let answer = ThermometerAnswer(scores: values) else { return }
        let day = try InstrumentInput.day(date)
        let groupName =
            try group.map { g in
                g.trimmingCharacters(in: .whitespaces).isEmpty
                    ? "" : try CommandSupport.validName(g, what: .group)
            } ?? ""
        let (store, stored) = try target.load()
        let who = try Lookup.person(person, in: stored.section, slug: target.section, changing: true)
        let file = InstrumentInput.ledgerFile
        var ledger = try file.load()
        var updated = stored.section
        let recorded = updated.recordThermometer(
            answer, group: groupName, person: who.id, on: day, ledger: &ledger)
        _ = try InstrumentInput.save(updated, ledger: ledger, file: file, store: store, stored: stored)
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
