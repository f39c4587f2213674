import ArgumentParser
import Foundation
import KnooppuntModel

/// What the instrument commands share: the person who answers, their scores, the day of the round,
/// and this machine's ledger of whose answer is whose.
enum InstrumentInput {
    /// "4,3,5,2" as numbers: exactly `count` of them, each in `range`, or one sentence saying what is
    /// wrong.
    static func scores(_ text: String, count: Int, range: ClosedRange<Int>, order: String) throws -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == count else {
            throw CommandFailure(say.cliScoresCount(count: count, order: order, given: parts.count))
        }
        var result: [Int] = []
        for (i, part) in parts.enumerated() {
            guard let n = Int(part), range.contains(n) else {
                throw CommandFailure(
                    say.scoreRefused(i + 1, given: CommandSupport.shown(part, limit: 12), range: range))
            }
            result.append(n)
        }
        return result
    }

    static func day(_ text: String?) throws -> Day {
        guard let text else { return .today }
        guard let day = Day(typed: text) else {
            throw CommandFailure(
                say.cliDateRefused(option: "--date", given: CommandSupport.shown(text, limit: 20)))
        }
        return day
    }

    static var ledgerFile: ResponseLedgerFile {
        ResponseLedgerFile(environment: ProcessInfo.processInfo.environment)
    }
}

/// Who answers an instrument, and on which day: the options the thermometer and dimensies commands share.
struct Respondent: ParsableArguments {
    @OptionGroup var target: SectionOptions

    @Option(help: ArgumentHelp(\.helpRespondentPerson, valueName: "name")) var person: String

    @Option(help: ArgumentHelp(\.helpRespondentDate, valueName: "day")) var date: String?

    func validate() throws { _ = try InstrumentInput.day(date) }

    /// Records an answer: `record` changes the section and this machine's ledger of whose answer is
    /// whose; then the ledger is saved and the section after it. The ledger goes first: should the
    /// section's save fail, an id is remembered for an answer that was never written, which is harmless;
    /// the other way round an answer would be in the section that its member can no longer change.
    func record<Result>(_ record: (inout Section, Person, Day, inout ResponseLedger) -> Result) throws
        -> (result: Result, person: Person, day: Day, section: Section)
    {
        let day = try InstrumentInput.day(date)
        let (store, stored) = try target.load()
        let who = try Lookup.person(person, in: stored.section, slug: target.section, changing: true)
        let file = InstrumentInput.ledgerFile
        var ledger = try file.load()
        var section = stored.section
        let result = record(&section, who, day, &ledger)
        try file.save(ledger)
        _ = try SectionOptions.save(section, store: store, stored: stored)
        return (result, who, day, section)
    }
}
