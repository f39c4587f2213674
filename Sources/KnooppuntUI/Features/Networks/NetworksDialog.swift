import Foundation
import KnooppuntModel

/// Screen 3's questions about a whole picture: a new name for the ecogram or analysis (`H`), removing
/// it (`V`, confirmed; `u` brings it back), and which initiative an analysis is for (`K`, found by the
/// same lookup the command line uses: a part of the title is enough when only one initiative has it).
enum NetworksDialog: DialogReply {
    case rename(NetworksScreen.Kind, UUID)
    case remove(NetworksScreen.Kind, UUID)
    case link(UUID)
    /// The contact story of a schakel (network analysis step 4), several lines long.
    case story(analysis: UUID, schakel: UUID)

    static var owner: ScreenKind { .networks }
}

extension NetworksFeature {
    /// The keys about a whole picture (after `handle` has taken a schakel's story).
    static func handlePictureKeys(_ state: inout AppState, _ event: Event) -> [Effect]? {
        let screen = state.networks
        guard !screen.isEditingText, !screen.moving, case .key(let key) = event,
            [Key.character("H"), .character("V")].contains(key)
                || (key == .character("K") && screen.kind == .analysis)
        else { return handleGroslijstOrScreen(&state, event) }
        guard let (id, name) = current(state) else {
            state.say(state.words.nothingToChangeYetNMakes)
            return []
        }
        let kind = screen.kind
        switch key {
        case .character("H"):
            App.ask(
                &state, NetworksDialog.rename(kind, id),
                title: kind == .ecogram
                    ? state.words.newNameOfThisEcogram
                    : state.words.newNameOfThisNetworkAnalysis,
                text: name)
        case .character("K"):
            let linked = state.section.networks.analyses.first { $0.id == id }?.initiativeID
                .flatMap { state.section.initiative($0)?.title }
            App.ask(
                &state, NetworksDialog.link(id),
                title: state.words.whichInitiativeIsThisAnalysisFor,
                hint: state.words.aPartOfTheTitleWill,
                text: linked ?? "")
        default:
            let what =
                kind == .ecogram
                ? state.words.ecogram : state.words.networkAnalysis
            App.confirm(
                &state, state.words.removeThe(what: what, name: name),
                details: [
                    state.words.everythingInItGoesTooU
                ],
                action: NetworksDialog.remove(kind, id))
        }
        return []
    }

    /// The id and name of the picture on screen.
    static func current(_ state: AppState) -> (UUID, String)? {
        switch state.networks.kind {
        case .ecogram: return state.networks.ecogram(state.section).map { ($0.id, $0.name) }
        case .analysis: return state.networks.analysis(state.section).map { ($0.id, $0.name) }
        }
    }

    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        guard let reply = prompt.purpose.reply(NetworksDialog.self) else { return [] }
        var section = state.section
        switch reply {
        case .rename(let kind, let id):
            let name: String
            switch Rulebook.validName(text, state.options.language) {
            case .success(let valid): name = valid
            case .failure(let why): return App.reject(&state, prompt, why)
            }
            if kind == .ecogram, let i = section.networks.ecograms.firstIndex(where: { $0.id == id }) {
                section.networks.ecograms[i].name = name
            } else if let i = section.networks.analyses.firstIndex(where: { $0.id == id }) {
                section.networks.analyses[i].name = name
            }
            return App.change(
                &state, to: section, message: state.words.renamedTo(name: name))
        case .link(let id):
            guard let i = section.networks.analyses.firstIndex(where: { $0.id == id }) else { return [] }
            let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if query.isEmpty {
                section.networks.analyses[i].initiativeID = nil
                return App.change(
                    &state, to: section,
                    message: state.words.noLongerLinkedToAnInitiative)
            }
            let hits = TitleMatch.initiatives(in: section, matching: query)
            guard hits.count == 1, let initiative = hits.first else {
                return App.reject(
                    &state, prompt,
                    hits.isEmpty
                        ? state.words.noInitiativeHasThatName
                        : state.words.severalInitiativesMatch
                            + hits.prefix(4).map(\.title).joined(separator: ", "))
            }
            section.networks.analyses[i].initiativeID = initiative.id
            return App.change(
                &state, to: section,
                message: state.words.linkedToBFillsInIts(title: initiative.title))
        case .story(let analysis, let schakel):
            return answerStory(&state, analysis: analysis, schakel: schakel, text)
        case .remove:
            return []
        }
    }

    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] {
        guard case .remove(let kind, let id)? = confirmation.action.reply(NetworksDialog.self) else {
            return []
        }
        var section = state.section
        let name: String
        switch kind {
        case .ecogram:
            guard let i = section.networks.ecograms.firstIndex(where: { $0.id == id }) else { return [] }
            name = section.networks.ecograms.remove(at: i).name
        case .analysis:
            guard let i = section.networks.analyses.firstIndex(where: { $0.id == id }) else { return [] }
            name = section.networks.analyses.remove(at: i).name
        }
        let left = kind == .ecogram ? section.networks.ecograms.count : section.networks.analyses.count
        state.networks.index = max(0, min(state.networks.index, left - 1))
        state.networks.view = PictureView()
        return App.change(
            &state, to: section,
            message: state.words.removedUUndo(name: name))
    }
}
