import Foundation
import KnooppuntModel

/// A person's fields that are typed (the area is chosen from a list).
enum PersonField: String, Hashable, Sendable, CaseIterable {
    case name, initials, role, privateNote, leaving
}

/// The people screen's questions: a new person, which field to change, the field itself, the area,
/// and removing someone from all data.
enum PeopleDialog: DialogReply {
    case newPerson
    case chooseField(UUID)
    case personField(UUID, PersonField)
    case personArea(UUID)
    case removePerson(UUID)
    /// The attributes (key and value, for subgroups in the sociogram): the list, a key to add, a key
    /// typed, a value chosen, a value typed.
    case attributes(UUID)
    case attributeKey(UUID)
    case attributeKeyText(UUID)
    case attributeValue(UUID, String)
    case attributeValueText(UUID, String)

    static var owner: ScreenKind { .people }
}

extension PeopleFeature {
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        let language = state.options.language
        var s = state.section
        if let reply = prompt.purpose.reply(PeopleDialog.self), reply.isAttribute {
            return App.answerAttribute(&state, reply, prompt, text)
        }
        switch prompt.purpose.reply(PeopleDialog.self) {
        case .newPerson:
            switch Rulebook.validName(text, language) {
            case .failure(let why): return App.reject(&state, prompt, why)
            case .success(let name):
                let initials = Person.uniqueInitials(Person.defaultInitials(for: name), among: s.people)
                s.people.append(Person(name: name, initials: initials))
                state.people.index = s.people.count - 1
                return App.change(
                    &state, to: s,
                    message: state.words.added(name: name, initials: initials))
            }
        case .personField(let id, let field):
            guard let i = s.people.firstIndex(where: { $0.id == id }) else { return [] }
            switch field {
            case .name, .initials:
                switch Rulebook.validName(text, language) {
                case .failure(let why): return App.reject(&state, prompt, why)
                case .success(let value):
                    if field == .initials,
                        let other = s.people.first(where: {
                            $0.id != id && $0.initials.lowercased() == value.lowercased()
                        })
                    {
                        return App.reject(
                            &state, prompt,
                            state.words.areAlreadySInitialsChooseOthers(value: value, name: other.name))
                    }
                    if field == .name { s.people[i].name = value } else { s.people[i].initials = value }
                }
            case .role:
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty, case .failure(let why) = Rulebook.validName(text, language) {
                    return App.reject(&state, prompt, why)
                }
                s.people[i].role = trimmed
            case .leaving:
                switch App.typedDate(state, text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                case .failure(let why): return App.reject(&state, prompt, why)
                case .success(let day): s.people[i].leaving = day
                }
            case .privateNote:
                switch Rulebook.validNote(text, language) {
                case .failure(let why): return App.reject(&state, prompt, why)
                case .success(let note): s.people[i].privateNote = note
                }
            }
            return App.change(&state, to: s)
        default:
            return []
        }
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        let s = state.section
        if let reply = choice.purpose.reply(PeopleDialog.self), reply.isAttribute {
            return App.chooseAttribute(&state, reply, choice.value)
        }
        switch choice.purpose.reply(PeopleDialog.self) {
        case .personArea(let id):
            guard let area = choice.value.text(as: Area.self) else { return [] }
            return App.edit(&state, \.people, id) { $0.area = area }
        case .chooseField(let id):
            guard let raw = choice.value.text, let person = s.person(id) else { return [] }
            if raw == "area" {
                App.choose(
                    &state, PeopleDialog.personArea(id), title: state.words.area,
                    options: Area.allCases.map {
                        ChoiceOption(
                            label: App.areaLabel($0, state.options.language), value: .text($0.rawValue))
                    },
                    selected: Area.allCases.firstIndex(of: person.area) ?? 0)
                return []
            }
            guard let field = PersonField(rawValue: raw) else { return [] }
            App.ask(
                &state, PeopleDialog.personField(id, field),
                title: App.personFieldLabel(field, state.options.language),
                hint: field == .leaving
                    ? state.words.ddMMYYYYOrYYYYMMDD
                    : field == .privateNote ? App.privateNoteWhere(state) : "",
                text: App.personFieldValue(person, field), multiline: field == .privateNote)
            return []
        default:
            return []
        }
    }

    /// Removing a person erases them: every reference, their name in free text (listed in the
    /// question), and, through the executable, the section's kept versions on this machine.
    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] {
        guard case .removePerson(let id) = confirmation.action.reply(PeopleDialog.self),
            let person = state.section.person(id), let slug = state.open?.slug
        else { return [] }
        let erasure = PersonErasure(person: person, among: state.section.people)
        let people = state.section.people
        let s = erasure.erased(from: state.section, replacingMentions: true)
        state.people.index = max(0, min(state.people.index, s.people.count - 1))
        let effects = App.change(
            &state, to: s,
            message: state.words.wasRemovedFromAllDataAlso(name: person.name))
        // This machine's link between the person and their anonymous instrument answers goes too.
        var ledger: [Effect] = []
        if state.section == s, let responses = state.responses {
            let kept = responses.removingPerson(id, section: s.id)
            if kept != responses {
                state.responses = kept
                ledger = [.saveResponses(kept)]
            }
        }
        return effects + [.forgetInBackups(slug: slug, person: person, people: people)] + ledger
    }

    /// The free texts that name the person, as lines for the removal question.
    static func mentionDetails(_ person: Person, _ state: AppState) -> [String] {
        let mentions = PersonErasure(person: person, among: state.section.people).mentionsIn(state.section)
        guard !mentions.isEmpty else { return [] }
        let shown = mentions.prefix(4).map { "• " + TextLayout.truncate($0.text, width: 60) }
        let more =
            mentions.count > 4
            ? [state.words.andMore(value: mentions.count - 4)] : []
        return [
            state.words.theNameIsReplacedByIn(placeholder: PersonErasure.placeholder, count: mentions.count)
        ] + shown + more
    }
}
