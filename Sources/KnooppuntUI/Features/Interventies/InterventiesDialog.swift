import Foundation
import KnooppuntModel

/// The three questions of a new or changed intervention (what, who, by when), asked one after the
/// other with the draft carried along, and removing one.
enum InterventiesDialog: DialogReply {
    case what(SociogramIntervention, isNew: Bool)
    case who(SociogramIntervention, isNew: Bool)
    case byWhen(SociogramIntervention, isNew: Bool)
    case remove(UUID)

    static var owner: ScreenKind { .interventies }
}

extension InterventiesFeature {
    /// One of the three questions, with the draft's answer so far to change.
    @discardableResult
    static func askQuestion(_ state: inout AppState, _ question: InterventiesDialog) -> [Effect] {
        let title: String
        let hint: String
        let text: String
        switch question {
        case .what(let draft, _):
            title = state.words.whatDoYouAgreeToDo
            hint = state.words.forExampleNewColleaguesGetA
            text = draft.what
        case .who(let draft, _):
            title = state.words.whoTakesItUp
            hint = state.words.aNameFromTheSectionOrIn
            text = draft.whoName(in: state.section) ?? ""
        case .byWhen(let draft, _):
            title = state.words.doneByWhichDate
            hint = state.words.forExample1512027Or202701
            text = draft.byWhen?.description ?? ""
        case .remove:
            return []
        }
        App.ask(&state, question, title: title, hint: hint, text: text)
        return []
    }

    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        guard let reply = prompt.purpose.reply(InterventiesDialog.self) else { return [] }
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch reply {
        case .what(var draft, let isNew):
            switch Rulebook.validName(text, state.options.language) {
            case .success(let what): draft.what = what
            case .failure(let why): return App.reject(&state, prompt, why)
            }
            return askQuestion(&state, .who(draft, isNew: isNew))
        case .who(var draft, let isNew):
            draft.personID = nil
            draft.who = ""
            if !typed.isEmpty {
                switch PersonLookup(section: state.section).find(typed) {
                case .found(let p): draft.personID = p.id
                case .ambiguous(let hits):
                    return App.reject(
                        &state, prompt,
                        state.words.matchesTypeTheFullName(
                            typed: typed, value: hits.map(\.name).joined(separator: ", ")))
                case .notFound:
                    switch Rulebook.validName(typed, state.options.language) {
                    case .success(let words): draft.who = words
                    case .failure(let why): return App.reject(&state, prompt, why)
                    }
                }
            }
            return askQuestion(&state, .byWhen(draft, isNew: isNew))
        case .byWhen(var draft, let isNew):
            if typed.isEmpty {
                draft.byWhen = nil
            } else if let day = Day(typed: typed) {
                draft.byWhen = day
            } else {
                return App.reject(
                    &state, prompt,
                    state.words.notADateWriteForExampleInterventies)
            }
            return save(&state, draft, isNew: isNew)
        case .remove:
            return []
        }
    }

    static func save(_ state: inout AppState, _ draft: SociogramIntervention, isNew: Bool) -> [Effect] {
        var section = state.section
        if isNew {
            section.instruments.interventions.append(draft)
        } else if let at = section.instruments.interventions.firstIndex(where: { $0.id == draft.id }) {
            section.instruments.interventions[at] = draft
        } else {
            return []
        }
        var message =
            isNew
            ? state.words.interventionAgreed
            : state.words.interventionChanged
        if !draft.who.isEmpty {
            message += state.words.isNobodyInTheSectionKept(who: draft.who)
        }
        let effects = App.change(&state, to: section, message: message)
        if isNew { state.interventies.selected = max(0, App.currentInterventions(state).count - 1) }
        return effects
    }

    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] {
        guard case .remove(let id)? = confirmation.action.reply(InterventiesDialog.self) else { return [] }
        var section = state.section
        section.instruments.interventions.removeAll { $0.id == id }
        return changeAndReconcile(
            &state, to: section,
            message: state.words.interventionRemovedUUndo)
    }
}
