import Foundation
import KnooppuntModel

/// The dimensieraamwerk's one question: who places the crosses.
enum DimensiesDialog: DialogReply {
    case whoAnswers
    /// Who answers in the round of an earlier day (after `d`).
    case whoAnswersOn(Day)
    case roundDate

    static var owner: ScreenKind { .dimensies }
}

extension DimensiesFeature {
    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        guard let reply = choice.purpose.reply(DimensiesDialog.self),
            case .id(let person) = choice.options[choice.selected].value
        else { return [] }
        switch reply {
        case .whoAnswers: App.startDimensiesEntry(&state, person: person)
        case .whoAnswersOn(let day): App.startDimensiesEntry(&state, person: person, day: day)
        case .roundDate: break
        }
        return []
    }

    /// The date after `d`, as the thermometer takes it: Dutch or ISO, not after today.
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        guard case .roundDate = prompt.purpose.reply(DimensiesDialog.self) else { return [] }
        guard let day = Day(typed: text.trimmingCharacters(in: .whitespaces)) else {
            return App.reject(
                &state, prompt,
                state.t(
                    "Geen datum; schrijf bijvoorbeeld 15-1-2027 of 2027-01-15.",
                    "Not a date; write for example 15-1-2027 or 2027-01-15."))
        }
        guard day <= state.options.today else {
            return App.reject(
                &state, prompt,
                state.t(
                    "\(day) ligt in de toekomst; een ronde kan vandaag of eerder zijn.",
                    "\(day) is in the future; a round can be today or earlier."))
        }
        App.askWhoAnswers(&state, DimensiesDialog.whoAnswersOn(day))
        return []
    }
}
