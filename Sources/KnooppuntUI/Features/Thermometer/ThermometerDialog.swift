import Foundation
import KnooppuntModel

/// The thermometer's questions: who answers (for the private entry) and the name of a new group.
enum ThermometerDialog: DialogReply {
    case whoAnswers
    /// Who answers in the round of another day than today (after `d`).
    case whoAnswersOn(Day)
    case roundDate
    case newGroup

    static var owner: ScreenKind { .thermometer }
    var keptOnInterrupt: Bool { false }
}

extension ThermometerFeature {
    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        guard let reply = choice.purpose.reply(ThermometerDialog.self),
            case .id(let person) = choice.options[choice.selected].value
        else { return [] }
        switch reply {
        case .whoAnswers: App.startThermometerEntry(&state, person: person)
        case .whoAnswersOn(let day): App.startThermometerEntry(&state, person: person, day: day)
        default: break
        }
        return []
    }

    /// A new group is saved at once, without rounds, so every member can choose it when answering; a
    /// name that an existing group already has selects that group instead.
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        if case .roundDate = prompt.purpose.reply(ThermometerDialog.self) {
            guard let day = Day(typed: text.trimmingCharacters(in: .whitespaces)) else {
                return App.reject(
                    &state, prompt,
                    state.t(
                        "Geen datum; schrijf bijvoorbeeld 15-1-2027 of 2027-01-15.",
                        "Not a date; write for example 15-1-2027 or 2027-01-15."))
            }
            // A round is what members answered on a day that came: a future date would be a guess.
            guard day <= state.options.today else {
                return App.reject(
                    &state, prompt,
                    state.t(
                        "\(day) ligt in de toekomst; een ronde kan vandaag of eerder zijn.",
                        "\(day) is in the future; a round can be today or earlier."))
            }
            App.askWhoAnswers(&state, ThermometerDialog.whoAnswersOn(day))
            return []
        }
        guard case .newGroup = prompt.purpose.reply(ThermometerDialog.self) else { return [] }
        let name: String
        switch Rulebook.validName(text, state.options.language) {
        case .success(let valid): name = valid
        case .failure(let why): return App.reject(&state, prompt, why)
        }
        if let i = App.thermometerGroups(state).firstIndex(where: { $0.isNamed(name) }) {
            state.thermometer.group = i
            return []
        }
        var section = state.section
        section.instruments.thermometerGroups.append(ThermometerGroup(name: name))
        let effects = App.change(
            &state, to: section,
            message: state.t("Groep '\(name)' gemaakt; a = antwoorden.", "Group '\(name)' made; a = answer."))
        state.thermometer.group = App.thermometerGroups(state).count - 1
        return effects
    }
}
