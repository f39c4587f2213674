import Foundation
import KnooppuntModel

/// One member's private answer to an instrument while they give it: the thermometer's four scores or
/// the dimensieraamwerk's eleven crosses, one value per row. Who answers is kept only to find their own
/// earlier answer on this machine; the entry is never drawn on the shared view.
struct PrivateEntry: Hashable, Sendable {
    var personID: UUID
    /// The day of the round: today, or the day typed after `d` (a round held on paper last week).
    var day: Day
    /// The thermometer group the answer goes to; nil for the dimensieraamwerk, which has no groups.
    var group: String?
    var values: [Int]
    var row = 0
    /// True when the member already answered this round here: saving changes that answer.
    var changing: Bool
}

/// What a key did to a private entry.
enum PrivateEntryStep {
    case kept, dropped, finished
}

/// What a private entry asks: who answers (in today's round, or in the round of the day typed after
/// `d`) and that day.
enum EntryQuestion: Hashable, Sendable {
    case whoAnswers(on: Day?)
    case roundDate
}

/// The dialog enum of an instrument screen: the entry's questions are one of its cases.
protocol EntryDialog: DialogReply {
    static func entry(_ question: EntryQuestion) -> Self
    var entryQuestion: EntryQuestion? { get }
}

extension PrivateEntry {
    /// A key inside the entry: ↑ ↓ choose the row, ← → move its value within `scale`, a digit in the
    /// scale sets it and goes on to the next row; with `ends`, Home and End put it at the scale's ends.
    /// Enter finishes and Esc drops the entry; every other key is kept inside it.
    mutating func press(_ key: Key, scale: ClosedRange<Int>, ends: Bool) -> PrivateEntryStep {
        let last = values.count - 1
        switch key {
        case .up, .character("k"): row = max(0, row - 1)
        case .down, .character("j"), .tab: row = min(last, row + 1)
        case .left, .character("h"): values[row] = max(scale.lowerBound, values[row] - 1)
        case .right, .character("l"): values[row] = min(scale.upperBound, values[row] + 1)
        case .home where ends: values[row] = scale.lowerBound
        case .end where ends: values[row] = scale.upperBound
        case .character(let c) where c.wholeNumberValue.map(scale.contains) == true:
            values[row] = c.wholeNumberValue ?? values[row]
            row = min(last, row + 1)
        case .escape: return .dropped
        case .enter: return .finished
        default: break
        }
        return .kept
    }
}
