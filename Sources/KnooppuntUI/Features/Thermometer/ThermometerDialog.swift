import Foundation
import KnooppuntModel

/// The thermometer's questions: who answers (for the private entry) and the name of a new group.
enum ThermometerDialog: DialogReply {
    case whoAnswers
    case newGroup

    static var owner: ScreenKind { .thermometer }
    var keptOnInterrupt: Bool { false }
}

extension ThermometerFeature {
    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        guard case .whoAnswers = choice.purpose.reply(ThermometerDialog.self),
            case .id(let person) = choice.options[choice.selected].value
        else { return [] }
        App.startThermometerEntry(&state, person: person)
        return []
    }

    /// A new group is saved at once, without rounds, so every member can choose it when answering; a
    /// name that an existing group already has selects that group instead.
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
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
