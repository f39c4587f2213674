import Foundation
import KnooppuntModel

/// The groslijst's questions: whose list, a new contact (now or wished for), a note, the analysis a
/// contact becomes a schakel in, and removing a contact.
enum GroslijstDialog: DialogReply {
    case whose
    case newEntry(wished: Bool)
    case note(UUID)
    case schakel
    case remove(UUID)

    static var owner: ScreenKind { .groslijst }
}

extension GroslijstFeature {
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        guard let reply = prompt.purpose.reply(GroslijstDialog.self), let owner = state.groslijst.ownerID
        else { return [] }
        switch reply {
        case .newEntry(let wished):
            let typed: String
            switch Rulebook.validName(text, state.options.language) {
            case .success(let valid): typed = valid
            case .failure(let why): return App.reject(&state, prompt, why)
            }
            var entry = GroslijstEntry(name: typed, area: .outside, wished: wished)
            switch PersonLookup(section: state.section).find(typed) {
            case .found(let p):
                guard p.id != owner else {
                    return App.reject(
                        &state, prompt,
                        state.words.yourOwnNameDoesNotBelong)
                }
                entry.personID = p.id
                entry.name = p.name
                entry.area = p.area
            case .ambiguous(let hits):
                return App.reject(
                    &state, prompt,
                    state.words.matchesTypeTheFullName(
                        typed: typed, value: hits.map(\.name).joined(separator: ", "))
                )
            case .notFound:
                break
            }
            if state.section.instruments.groslijst(of: owner)?.contains(
                personID: entry.personID, name: entry.name)
                == true
            {
                return App.reject(
                    &state, prompt,
                    state.words.isOnThisListAlready(name: entry.name)
                )
            }
            var section = state.section
            section.instruments.addGroslijstEntry(entry, owner: owner)
            let effects = App.change(
                &state, to: section,
                message: state.words.onTheLongListOrMarks(name: entry.name))
            if let i = App.groslijstView(state)?.visible.firstIndex(where: { $0.id == entry.id }) {
                state.groslijst.selected = i
            }
            return effects
        case .note(let id):
            let note: String
            switch Rulebook.validNote(text, state.options.language) {
            case .success(let valid): note = valid
            case .failure(let why): return App.reject(&state, prompt, why)
            }
            guard
                var e = state.section.instruments.groslijst(of: owner)?.entries.first(where: { $0.id == id })
            else { return [] }
            e.note = note
            var section = state.section
            section.instruments.updateGroslijstEntry(e, owner: owner)
            return App.change(&state, to: section)
        default:
            return []
        }
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        guard let reply = choice.purpose.reply(GroslijstDialog.self),
            case .id(let id) = choice.value
        else { return [] }
        switch reply {
        case .whose:
            state.groslijst.ownerID = id
            state.groslijst.selected = 0
            return []
        case .schakel:
            guard let entry = App.selectedGroslijstEntry(state) else { return [] }
            var section = state.section
            do {
                let schakel = try section.makeSchakel(from: entry, analysis: id)
                let analysis = section.networks.analyses.first { $0.id == id }?.name ?? ""
                return App.change(
                    &state, to: section,
                    message: state.words.isNowALinkInScreen(name: schakel.name, analysis: analysis))
            } catch {
                switch error {
                case .alreadySchakel(let analysis):
                    state.say(
                        state.words.isAlreadyALinkIn(
                            value: entry.shownName(in: state.section), analysis: analysis),
                        error: true)
                case .noSuchAnalysis:
                    state.say(state.words.thatAnalysisIsGone, error: true)
                }
                return []
            }
        default:
            return []
        }
    }

    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] {
        guard case .remove(let id)? = confirmation.action.reply(GroslijstDialog.self),
            let owner = state.groslijst.ownerID
        else { return [] }
        var section = state.section
        section.instruments.removeGroslijstEntry(id, owner: owner)
        return changeAndReconcile(
            &state, to: section,
            message: state.words.takenOffTheLongListU)
    }
}
