import Foundation
import KnooppuntModel

/// What the instrument commands share: the person who answers, their scores, the day of the round,
/// and this machine's ledger of whose answer is whose.
enum InstrumentInput {
    /// The one person `query` names, or a sentence saying that nobody or several people match.
    static func person(_ query: String, in section: Section, slug: String) throws -> Person {
        switch PersonLookup(section: section).find(query) {
        case .found(let p): return p
        case .notFound:
            throw CommandFailure(
                "Section “\(CommandSupport.shown(slug))” has no person “\(CommandSupport.shown(query))”; nothing was written."
            )
        case .ambiguous(let hits):
            throw CommandFailure(
                "“\(CommandSupport.shown(query))” names \(hits.count) people ("
                    + CommandSupport.candidates(hits)
                    + "); give the full name or the initials. Nothing was written.")
        }
    }

    /// "4,3,5,2" as numbers: exactly `count` of them, each in `range`, or one sentence saying what is
    /// wrong.
    static func scores(_ text: String, count: Int, range: ClosedRange<Int>, order: String) throws -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == count else {
            throw CommandFailure(
                "--scores needs \(count) numbers separated by commas (\(order)), not \(parts.count); nothing was written."
            )
        }
        var result: [Int] = []
        for (i, part) in parts.enumerated() {
            guard let n = Int(part), range.contains(n) else {
                throw CommandFailure(
                    "Score \(i + 1) of --scores is “\(CommandSupport.shown(part, limit: 12))”, but each score must be a whole number from \(range.lowerBound) to \(range.upperBound); nothing was written."
                )
            }
            result.append(n)
        }
        return result
    }

    static func day(_ text: String?) throws -> Day {
        guard let text else { return .today }
        guard let day = Day(typed: text) else {
            throw CommandFailure(
                "--date must be a date such as 2027-03-15 or 15-3-2027, not “\(CommandSupport.shown(text, limit: 20))”."
            )
        }
        return day
    }

    static var ledgerFile: ResponseLedgerFile {
        ResponseLedgerFile(environment: ProcessInfo.processInfo.environment)
    }

    /// Saves the ledger and then the section. The ledger goes first: should the section's save fail,
    /// an id is remembered for an answer that was never written, which is harmless; the other way
    /// round an answer would be in the section that its member can no longer change.
    static func save(
        _ section: Section, ledger: ResponseLedger, file: ResponseLedgerFile, store: SectionStore,
        stored: StoredSection
    ) throws -> StoredSection {
        try file.save(ledger)
        do {
            return try store.save(section, slug: stored.slug, expectedRevision: stored.revision)
        } catch StoreError.conflict(_, let expected, let found) {
            throw CommandFailure(
                "Section \(CommandSupport.shown(stored.section.name)) was saved by someone else while this command ran (revision \(found), this command read \(expected)); nothing was written — run the command again."
            )
        }
    }
}
