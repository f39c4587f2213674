import Foundation
import KnooppuntModel

extension PeopleDialog {
    var isAttribute: Bool {
        switch self {
        case .attributes, .attributeKey, .attributeKeyText, .attributeValue, .attributeValueText: true
        default: false
        }
    }
}

/// Screen 5's attributes: `a` lists a person's attributes (bouw, team, gender, …) to change or remove,
/// and adds one. Keys and values already used in the section are offered first, so "onderbouw" is not
/// typed three ways and the sociogram's subgroups stay whole.
extension App {
    static func openAttributes(_ state: inout AppState, _ person: Person) {
        var options = person.attributes.sorted { $0.key < $1.key }.map {
            ChoiceOption(label: "\($0.key): \($0.value)", value: .text("key:" + $0.key))
        }
        options.append(
            ChoiceOption(label: state.words.addAnAttribute, value: .text("add")))
        choose(
            &state, PeopleDialog.attributes(person.id),
            title: state.words.attributesOf(name: person.name), options: options)
    }

    /// Every key the section uses, and every value it uses for `key`, sorted.
    static func attributeKeys(_ section: Section) -> [String] {
        Array(Set(section.people.flatMap(\.attributes.keys))).sorted()
    }

    static func attributeValues(_ section: Section, key: String) -> [String] {
        Array(Set(section.people.compactMap { $0.attributes[key] })).sorted()
    }

    static func chooseAttribute(_ state: inout AppState, _ reply: PeopleDialog, _ value: ChoiceValue)
        -> [Effect]
    {
        guard let raw = value.text else { return [] }
        switch reply {
        case .attributes(let id):
            guard let person = state.section.person(id) else { return [] }
            if raw.hasPrefix("key:") {
                offerValues(&state, person, key: String(raw.dropFirst(4)))
                return []
            }
            let unused = attributeKeys(state.section).filter { person.attributes[$0] == nil }
            if unused.isEmpty {
                askKey(&state, id)
                return []
            }
            choose(
                &state, PeopleDialog.attributeKey(id), title: state.words.whichAttribute,
                options: unused.map { ChoiceOption(label: $0, value: .text("key:" + $0)) }
                    + [
                        ChoiceOption(
                            label: state.words.typeANewAttribute,
                            value: .text("new"))
                    ])
        case .attributeKey(let id):
            guard let person = state.section.person(id) else { return [] }
            if raw.hasPrefix("key:") {
                offerValues(&state, person, key: String(raw.dropFirst(4)))
            } else {
                askKey(&state, id)
            }
        case .attributeValue(let id, let key):
            if raw == "type" {
                ask(
                    &state, PeopleDialog.attributeValueText(id, key),
                    title: state.words.valueOf(key: key),
                    text: state.section.person(id)?.attributes[key] ?? "")
                return []
            }
            return setAttribute(&state, id, key: key, value: raw == "remove" ? nil : String(raw.dropFirst(6)))
        default: break
        }
        return []
    }

    static func askKey(_ state: inout AppState, _ id: UUID) {
        ask(
            &state, PeopleDialog.attributeKeyText(id), title: state.words.newAttribute,
            hint: state.words.forExampleBouwTeamOrGender)
    }

    /// The values the section uses for `key`, then typing another, then removing it from this person.
    static func offerValues(_ state: inout AppState, _ person: Person, key: String) {
        let values = attributeValues(state.section, key: key)
        var options = values.map { ChoiceOption(label: $0, value: .text("value:" + $0)) }
        options.append(
            ChoiceOption(label: state.words.typeAnotherValue, value: .text("type")))
        if person.attributes[key] != nil {
            options.append(
                ChoiceOption(
                    label: state.words.removeAttribute(key: key),
                    value: .text("remove")))
        }
        choose(
            &state, PeopleDialog.attributeValue(person.id, key),
            title: state.words.of(key: key, name: person.name), options: options,
            selected: person.attributes[key].flatMap { values.firstIndex(of: $0) } ?? 0)
    }

    static func answerAttribute(
        _ state: inout AppState, _ reply: PeopleDialog, _ prompt: Prompt, _ text: String
    )
        -> [Effect]
    {
        let language = state.options.language
        switch reply {
        case .attributeKeyText(let id):
            switch Rulebook.validName(text, language) {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let key):
                guard let person = state.section.person(id) else { return [] }
                // A key differing only in case or accents is the one already used.
                let known =
                    attributeKeys(state.section).first { NameKey($0) == NameKey(key) } ?? key.lowercased()
                offerValues(&state, person, key: known)
                return []
            }
        case .attributeValueText(let id, let key):
            switch Rulebook.validName(text, language) {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let value):
                let known = attributeValues(state.section, key: key).first { NameKey($0) == NameKey(value) }
                return setAttribute(&state, id, key: key, value: known ?? value)
            }
        default: return []
        }
    }

    static func setAttribute(_ state: inout AppState, _ id: UUID, key: String, value: String?) -> [Effect] {
        guard let name = state.section.person(id)?.name else { return [] }
        let message =
            value.map { state.words.text(name: name, key: key, value: $0) }
            ?? state.words.attributeRemoved(name: name, key: key)
        return edit(&state, \.people, id, message: message) { $0.attributes[key] = value }
    }
}
