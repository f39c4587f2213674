import Foundation
import KnooppuntModel

/// The dimensieraamwerk's questions: those of the private entry (who places the crosses, and the day
/// of an earlier round after `d`).
enum DimensiesDialog: EntryDialog {
    case entry(EntryQuestion)

    static var owner: ScreenKind { .dimensies }

    var entryQuestion: EntryQuestion? {
        if case .entry(let question) = self { question } else { nil }
    }
}
