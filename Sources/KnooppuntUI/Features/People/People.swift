import Foundation
import KnooppuntModel

/// Screen 5, the people of the section.
struct PeopleState: Hashable, Sendable {
    var index = 0
    /// Private notes are shown only while this is switched on (never in meeting mode).
    var showPrivate = false
}

extension App {
    static func peopleKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let people = state.section.people
        let person = people.indices.contains(state.people.index) ? people[state.people.index] : nil
        switch key {
        case .up, .character("k"), .down, .character("j"):
            PeopleFeature.moveSelection(&state, key)
        case .character("n"):
            ask(
                &state, PeopleDialog.newPerson, title: state.words.newPerson,
                hint: state.words.nameForExampleZoDeWit)
        case .character("e"):
            guard let person else { return [] }
            var options = PersonField.allCases.filter { $0 != .privateNote || state.people.showPrivate }.map {
                f in
                ChoiceOption(
                    label: personFieldLabel(f, state.options.language) + ": " + personFieldValue(person, f),
                    value: .text(f.rawValue))
            }
            options.append(
                ChoiceOption(
                    label: state.words.areaPeople + areaLabel(person.area, state.options.language),
                    value: .text("area")))
            choose(
                &state, PeopleDialog.chooseField(person.id), title: state.words.changeWhat,
                options: options)
        case .character("a"):
            guard let person else { return [] }
            openAttributes(&state, person)
        case .enter:
            guard person != nil else { return [] }
            state.mine.person = state.people.index
            state.mine.pane = 1
            state.mine.row = 0
            switchTo(&state, .mine)
        case .character("d"), .delete:
            guard let person else { return [] }
            let count = state.section.initiatives(of: person.id, today: state.options.today).count
            confirm(
                &state,
                state.words.removeFromAllData(name: person.name),
                details: [
                    state.words.alsoFromInitiativesTasksAndNetworks(count: count)
                ] + PeopleFeature.mentionDetails(person, state),
                action: PeopleDialog.removePerson(person.id))
        case .character("g"):
            // The groslijst comes before an ecogram, so it is reached from the person as well.
            guard let person else { return [] }
            return GroslijstFeature.enter(&state, owner: person.id)
        case .character("v"):
            state.people.showPrivate.toggle()
            state.say(
                state.people.showPrivate
                    ? state.words.privateNotesShownNotForA
                    : state.words.privateNotesHidden)
        default:
            return nil
        }
        return []
    }

    static func personFieldLabel(_ f: PersonField, _ language: Language) -> String {
        let words = language.words
        switch f {
        case .name: return words.personFieldName
        case .initials: return words.personFieldInitials
        case .role: return words.personFieldRole
        case .leaving: return words.personFieldLeaving
        case .privateNote: return words.personFieldPrivateNote
        }
    }

    /// Said where a private note is typed (docs/METHOD.md, "Privacy"): the note goes to this machine's private file,
    /// never into the section file that a shared folder or git carries to colleagues.
    static func privateNoteWhere(_ state: AppState) -> String {
        state.words.onThisComputerOnlyNeverIn
    }

    static func personFieldValue(_ p: Person, _ f: PersonField) -> String {
        switch f {
        case .name: return p.name
        case .initials: return p.initials
        case .role: return p.role
        case .leaving: return p.leaving?.description ?? ""
        case .privateNote: return p.privateNote
        }
    }

    /// The people list's column is headed "Gebied", so "school" says enough there where the networks
    /// say "elders in school".
    static func areaLabel(_ a: Area, _ language: Language) -> String {
        a == .school ? language.words.areaSchool : a.name(language.words)
    }

    static func renderPeople(_ state: AppState, into grid: inout Grid, area: Rect) {
        let theme = state.theme
        let people = state.section.people
        let showPrivate = state.people.showPrivate
        let widths = [min(30, area.width / 3), 8, min(20, area.width / 5), 15, 6]
        let heads = [
            state.words.name, state.words.init2, state.words.role,
            state.words.area, state.words.init2,
        ]
        var x = area.x
        for (i, h) in heads.enumerated() where i < 4 {
            grid.put(
                TextLayout.fit(h, width: widths[i] - 1), x: x, y: area.y, style: theme.header, clip: area)
            x += widths[i]
        }
        grid.put(
            state.words.initiativesAttributes
                + (showPrivate ? state.words.private3 : ""), x: x, y: area.y,
            style: theme.header, clip: area)
        if people.isEmpty {
            grid.put(
                state.words.nobodyYetPressNToAdd,
                x: area.x, y: area.y + 2, style: theme.muted, clip: area)
            return
        }
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let start = PeopleFeature.list(state, area).start
        for (row, p) in people.enumerated().dropFirst(start).prefix(body.height) {
            let y = body.y + row - start
            let count = state.section.initiatives(of: p.id, today: state.options.today).count
            var cols = [p.name, p.initials, p.role, areaLabel(p.area, state.options.language)]
            var rest = "\(count)"
            if let leaving = p.leaving {
                rest += state.words.leaves(leaving: leaving)
            }
            if !p.attributes.isEmpty {
                rest +=
                    " · "
                    + p.attributes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                    .joined(separator: ", ")
            }
            if showPrivate, !p.privateNote.isEmpty { rest += " · " + p.privateNote }
            cols.append(rest)
            let style = row == state.people.index ? theme.selection : Style.plain
            var cx = body.x
            var line = ""
            for (i, c) in cols.enumerated() {
                if i < 4 {
                    line += TextLayout.fit(c, width: widths[i] - 1) + " "; cx += widths[i]
                } else {
                    line += c
                }
            }
            grid.put(TextLayout.fit(line, width: body.width), x: body.x, y: y, style: style, clip: body)
        }
    }
}

extension App {
    /// A choice of one of the section's people (`selected` first in sight), or the reason there is
    /// none to choose.
    static func choosePerson(
        _ state: inout AppState, _ purpose: some DialogReply, title: String, selected: UUID? = nil
    ) {
        let people = state.section.people
        guard !people.isEmpty else {
            state.say(
                state.words.nobodyInTheSectionYetScreen,
                error: true)
            return
        }
        choose(
            &state, purpose, title: title,
            options: people.map { ChoiceOption(label: $0.name, value: .id($0.id)) },
            selected: people.firstIndex { $0.id == selected } ?? 0)
    }

    /// A multiple choice of `people` (by default the section's) with `marked` ticked; with nobody in
    /// the section yet, a message that says where people are added instead of an empty list.
    static func choosePeople(
        _ state: inout AppState, _ purpose: some DialogReply, title: String, marked: Set<UUID>,
        among people: [Person]? = nil
    ) {
        let people = people ?? state.section.people
        guard !people.isEmpty else {
            state.say(state.words.noPeopleInTheSectionYet, error: true)
            return
        }
        choose(
            &state, purpose, title: title,
            options: people.map { ChoiceOption(label: "\($0.initials)  \($0.name)", value: .id($0.id)) },
            marked: Set(people.indices.filter { marked.contains(people[$0].id) }))
    }
}
