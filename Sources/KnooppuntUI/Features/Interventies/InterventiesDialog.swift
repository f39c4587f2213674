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
            title = state.t("Wat spreken jullie af?", "What do you agree to do?")
            hint = state.t(
                "bijvoorbeeld: nieuwe collega's krijgen een maatje", "for example: new colleagues get a buddy"
            )
            text = draft.what
        case .who(let draft, _):
            title = state.t("Wie neemt het op?", "Who takes it up?")
            hint = state.t(
                "een naam uit de sectie, of in woorden (de mentoren); leeg = niemand in het bijzonder",
                "a name from the section, or in words (the mentors); empty = nobody in particular")
            text = draft.whoName(in: state.section) ?? ""
        case .byWhen(let draft, _):
            title = state.t("Klaar voor welke datum?", "Done by which date?")
            hint = state.t(
                "bijvoorbeeld 15-1-2027 of 2027-01-15; leeg = geen datum",
                "for example 15-1-2027 or 2027-01-15; empty = no date")
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
                        state.t(
                            "'\(typed)' past bij \(hits.map(\.name).joined(separator: ", ")); typ de volledige naam.",
                            "'\(typed)' matches \(hits.map(\.name).joined(separator: ", ")); type the full name."
                        ))
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
                    state.t(
                        "Geen datum; schrijf bijvoorbeeld 15-1-2027 of 2027-01-15, of laat het leeg.",
                        "Not a date; write for example 15-1-2027 or 2027-01-15, or leave it empty."))
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
            ? state.t("Interventie afgesproken.", "Intervention agreed.")
            : state.t("Interventie aangepast.", "Intervention changed.")
        if !draft.who.isEmpty {
            message += state.t(
                " '\(draft.who)' is niemand uit de sectie: bewaard in woorden.",
                " '\(draft.who)' is nobody in the section: kept in words.")
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
            message: state.t(
                "Interventie verwijderd (u = ongedaan maken).", "Intervention removed (u = undo)."))
    }
}
