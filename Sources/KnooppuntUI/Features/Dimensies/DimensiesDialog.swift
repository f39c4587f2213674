import Foundation
import KnooppuntModel

/// The dimensieraamwerk's one question: who places the crosses.
enum DimensiesDialog: DialogReply {
    case whoAnswers

    static var owner: ScreenKind { .dimensies }
}

extension DimensiesFeature {
    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        guard case .whoAnswers = choice.purpose.reply(DimensiesDialog.self),
            case .id(let person) = choice.options[choice.selected].value
        else { return [] }
        App.startDimensiesEntry(&state, person: person)
        return []
    }
}
