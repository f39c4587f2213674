import Foundation
import KnooppuntModel

/// The thermometer's questions: those of the private entry and the name of a new group.
enum ThermometerDialog: EntryDialog {
    case entry(EntryQuestion)
    case newGroup

    static var owner: ScreenKind { .thermometer }
    var keptOnInterrupt: Bool { false }

    var entryQuestion: EntryQuestion? {
        if case .entry(let question) = self { question } else { nil }
    }
}

extension ThermometerFeature {
    /// A new group is saved at once, without rounds, so every member can choose it when answering; a
    /// name that an existing group already has selects that group instead.
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        if let effects = answerRoundDate(&state, prompt, text) { return effects }
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
            message: state.words.groupMadeAAnswer(name: name))
        state.thermometer.group = App.thermometerGroups(state).count - 1
        return effects
    }
}
