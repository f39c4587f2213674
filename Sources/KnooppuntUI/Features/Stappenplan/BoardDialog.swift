import Foundation
import KnooppuntModel

/// The board's questions: a new initiative's title, the filter, the step to move to, and the two
/// confirmations (a move that leaves a record missing, a deletion).
enum BoardDialog: DialogReply {
    case newInitiative(stage: Stage)
    case filter
    case stage(initiative: UUID)
    case moveInitiative(UUID, to: Stage, note: String)
    case deleteInitiative(UUID)

    static var owner: ScreenKind { .board }
    var keptOnInterrupt: Bool { self != .filter }
}

extension StappenplanFeature {
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch prompt.purpose.reply(BoardDialog.self) {
        case .newInitiative(let stage):
            switch Rulebook.validName(text, state.options.language) {
            case .failure(let why): return App.reject(&state, prompt, why)
            case .success(let name):
                var s = state.section
                let initiative = Initiative(title: name, stage: stage, created: state.options.today)
                s.initiatives.append(initiative)
                state.filter = ""
                let effects = App.change(
                    &state, to: s,
                    message: state.words.initiativeCreated(name: name))
                App.followToColumn(&state, stage: stage, initiative: initiative.id)
                return effects
            }
        case .filter:
            state.filter = trimmed
            App.clampBoard(&state)
            state.say(
                trimmed.isEmpty
                    ? state.words.filterCleared
                    : state.words.filterEscClearsStappenplan(trimmed: trimmed))
            return []
        default:
            return []
        }
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        guard case .stage(let id) = choice.purpose.reply(BoardDialog.self),
            case .stage(let target) = choice.value,
            let initiative = state.section.initiative(id)
        else { return [] }
        return App.requestMove(&state, initiative, to: target)
    }

    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] {
        switch confirmation.action.reply(BoardDialog.self) {
        case .moveInitiative(let id, let to, let note):
            return App.moveInitiative(&state, id, to: to, note: note)
        case .deleteInitiative(let id):
            var s = state.section
            s.initiatives.removeAll { $0.id == id }
            s.agenda.removeAll { $0.subject == .initiative(id) }
            return App.change(
                &state, to: s,
                message: state.words.initiativeDeletedUUndoes)
        default:
            return []
        }
    }
}

extension App {
    /// Moves an initiative to a step (the checks were made when it was asked for); on the board the
    /// selection goes with the card.
    static func moveInitiative(_ state: inout AppState, _ id: UUID, to: Stage, note: String) -> [Effect] {
        var s = state.section
        guard let i = s.initiatives.firstIndex(where: { $0.id == id }) else { return [] }
        let from = s.initiatives[i].stage
        s.initiatives[i] = s.initiatives[i].moved(to: to, on: state.options.today, note: note)
        if state.screen == .board { followToColumn(&state, stage: to, initiative: id) }
        return change(
            &state, to: s,
            message: state.words.fromTo(
                value: s.initiatives[i].title, value2: state.guidance.header(from),
                value3: state.guidance.header(to)))
    }
}
