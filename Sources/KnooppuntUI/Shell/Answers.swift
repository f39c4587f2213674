import Foundation
import KnooppuntModel

/// What the answers to prompts and choices do.
extension App {
    static func answer(_ state: inout AppState, _ purpose: PromptPurpose, _ text: String, prompt: Prompt)
        -> [Effect]
    {
        let language = state.options.language
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        func date() -> Checked<Day?> {
            if trimmed.isEmpty { return .success(nil) }
            if let d = Day(typed: trimmed) { return .success(d) }
            return .failure(
                state.t(
                    "Geen geldige datum: schrijf DD-MM-JJJJ of JJJJ-MM-DD, bijvoorbeeld 15-03-2027.",
                    "Not a valid date: write DD-MM-YYYY or YYYY-MM-DD, for example 15-03-2027."))
        }
        var s = state.section
        switch purpose {
        case .newSection:
            switch Rulebook.validName(text, language) {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let name): return [.create(name: name)]
            }
        case .renameSection(let slug):
            switch Rulebook.validName(text, language) {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let name):
                let revision = state.open?.slug == slug ? state.open!.revision : -1
                return [.rename(slug: slug, newName: name, expectedRevision: revision)]
            }
        case .newInitiative(let stage):
            switch Rulebook.validName(text, language) {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let name):
                let initiative = Initiative(title: name, stage: stage, created: state.options.today)
                s.initiatives.append(initiative)
                state.board.filter = ""
                let effects = change(
                    &state, to: s,
                    message: state.t("Initiatief '\(name)' gemaakt.", "Initiative '\(name)' created."))
                followToColumn(&state, stage: stage, initiative: initiative.id)
                return effects
            }
        case .filter:
            state.board.filter = trimmed
            clampBoard(&state)
            state.say(
                trimmed.isEmpty
                    ? state.t("Filter gewist.", "Filter cleared.")
                    : state.t("Filter: \(trimmed) (Esc wist)", "Filter: \(trimmed) (Esc clears)"))
            return []
        case .newMeeting:
            switch date() {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let day):
                let number = (s.meetings.map(\.number).max() ?? 0) + 1
                s.meetings.append(Meeting(number: number, date: day))
                let effects = change(
                    &state, to: s,
                    message: state.t("Overleg \(number) toegevoegd.", "Meeting \(number) added."))
                state.agenda.meeting = s.meetingsInOrder.firstIndex { $0.number == number } ?? 0
                state.agenda.entry = 0
                return effects
            }
        case .meetingDate(let id):
            switch date() {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let day):
                guard let i = s.meetings.firstIndex(where: { $0.id == id }) else { return [] }
                s.meetings[i].date = day
                return change(&state, to: s, message: state.t("Datum gezet.", "Date set."))
            }
        case .meetingPlace(let id):
            if !trimmed.isEmpty, case .failure(let why) = Rulebook.validName(text, language) {
                return reject(&state, prompt, why)
            }
            guard let i = s.meetings.firstIndex(where: { $0.id == id }) else { return [] }
            s.meetings[i].place = trimmed
            return change(&state, to: s)
        case .agendaText(let meeting, let column):
            if !trimmed.isEmpty, case .failure(let why) = Rulebook.validName(text, language) {
                return reject(&state, prompt, why)
            }
            if let old = state.agenda.replacing {
                state.agenda.replacing = nil
                guard !trimmed.isEmpty else { return [] }
                if let i = s.agenda.firstIndex(where: { $0.id == old }) {
                    s.agenda[i].subject = .text(TextRules.singleLine(trimmed))
                }
                return change(&state, to: s)
            }
            guard !trimmed.isEmpty else { return [] }
            s.agenda.append(
                AgendaItem(
                    meetingID: meeting, column: column, subject: .text(TextRules.singleLine(trimmed)),
                    placedByHand: true))
            return change(
                &state, to: s, message: state.t("Op de jaaragenda gezet.", "Put on the year agenda."))
        case .routineText(let meeting):
            guard !trimmed.isEmpty else { return [] }
            if case .failure(let why) = Rulebook.validName(text, language) {
                return reject(&state, prompt, why)
            }
            let task = RoutineTask(text: TextRules.singleLine(trimmed), meetingID: meeting)
            s.routineTasks.append(task)
            let effects = change(
                &state, to: s,
                message: state.t(
                    "Taak toegevoegd; o kiest wie, Enter de datum.",
                    "Task added; o picks who, Enter the date."))
            let view = JaaragendaView(section: s, context: state.context, filter: state.board.filter)
            if let m = s.meeting(meeting) {
                state.agenda.entry =
                    view.entries(m, .regelwerkTussendoor).firstIndex { $0.id == task.id } ?? 0
            }
            return effects
        case .routineDue(let task):
            switch date() {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let day):
                guard let i = s.routineTasks.firstIndex(where: { $0.id == task }) else { return [] }
                s.routineTasks[i].due = day
                return change(&state, to: s)
            }
        case .newPerson:
            switch Rulebook.validName(text, language) {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let name):
                s.people.append(Person(name: name))
                state.people.index = s.people.count - 1
                return change(&state, to: s, message: state.t("\(name) toegevoegd.", "\(name) added."))
            }
        case .personField(let id, let field):
            guard let i = s.people.firstIndex(where: { $0.id == id }) else { return [] }
            switch field {
            case .name, .initials:
                switch Rulebook.validName(text, language) {
                case .failure(let why): return reject(&state, prompt, why)
                case .success(let value):
                    if field == .name { s.people[i].name = value } else { s.people[i].initials = value }
                }
            case .role:
                if !trimmed.isEmpty, case .failure(let why) = Rulebook.validName(text, language) {
                    return reject(&state, prompt, why)
                }
                s.people[i].role = trimmed
            case .privateNote:
                switch Rulebook.validNote(text, language) {
                case .failure(let why): return reject(&state, prompt, why)
                case .success(let note): s.people[i].privateNote = note
                }
            }
            return change(&state, to: s)
        case .meetingNote(let initiative, let meeting, let target):
            if case .failure(let why) = Rulebook.validNote(text, language) {
                return reject(&state, prompt, why)
            }
            return recordNote(&state, initiative: initiative, meeting: meeting, target: target, text: text)
        case .experienceDate(let initiative):
            switch date() {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let day):
                ask(
                    &state, .experienceText(initiative: initiative, date: day ?? state.options.today),
                    title: state.t(
                        "Ervaring van \(day ?? state.options.today)",
                        "Experience of \(day ?? state.options.today)"),
                    hint: state.t(
                        "Wat ging goed, wat niet, hoe reageerden leerlingen? Ctrl-S of Tab = opslaan",
                        "What went well, what not, how did pupils react? Ctrl-S or Tab = save"),
                    multiline: true)
                return []
            }
        case .experienceEdit(let id, let index):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }),
                s.initiatives[i].experiences.indices.contains(index)
            else { return [] }
            switch Rulebook.validNote(text, language) {
            case .failure(let why): return reject(&state, prompt, why)
            case .success(let note):
                guard !note.isEmpty else {
                    state.say(
                        state.t(
                            "Lege tekst: d verwijdert een ervaring.", "Empty text: d removes an experience."),
                        error: true)
                    return []
                }
                s.initiatives[i].experiences[index].text = note
                return change(&state, to: s)
            }
        case .experienceText(let id, let day):
            guard !trimmed.isEmpty, let i = s.initiatives.firstIndex(where: { $0.id == id }) else {
                return []
            }
            guard case .success(let note) = Rulebook.validNote(text, language) else {
                if case .failure(let why) = Rulebook.validNote(text, language) {
                    return reject(&state, prompt, why)
                }
                return []
            }
            s.initiatives[i].experiences.append(Experience(date: day, text: note))
            s.initiatives[i].experiences.sort { $0.date < $1.date }
            return change(&state, to: s, message: state.t("Ervaring vastgelegd.", "Experience recorded."))
        }
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        let value = choice.options[choice.selected].value
        var s = state.section
        switch choice.purpose {
        case .stage(let id):
            guard case .stage(let target) = value, let initiative = s.initiative(id) else { return [] }
            return requestMove(&state, initiative, to: target)
        case .agendaSubject(let meeting, let column):
            switch value {
            case .id(let id):
                if s.agenda.contains(where: {
                    $0.meetingID == meeting && $0.column == column && $0.subject == .initiative(id)
                }) {
                    state.say(state.t("Staat er al.", "Already there."))
                    return []
                }
                s.agenda.append(
                    AgendaItem(
                        meetingID: meeting, column: column, subject: .initiative(id), placedByHand: true))
                return change(
                    &state, to: s, message: state.t("Op de jaaragenda gezet.", "Put on the year agenda."))
            default:
                state.agenda.replacing = nil
                ask(
                    &state, .agendaText(meeting: meeting, column: column),
                    title: state.t("Vrije tekst op de agenda", "Free text on the agenda"))
                return []
            }
        case .routineOwner(let task):
            guard let i = s.routineTasks.firstIndex(where: { $0.id == task }) else { return [] }
            if case .id(let person) = value {
                s.routineTasks[i].ownerID = person
            } else {
                s.routineTasks[i].ownerID = nil
            }
            return change(&state, to: s)
        case .meetingForMode:
            guard case .id(let id) = value else { return [] }
            startMeeting(&state, id)
            return []
        case .initiators(let id), .involved(let id):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }) else { return [] }
            let marked = choice.marked ?? []
            let chosenIDs = choice.options.indices.filter { marked.contains($0) }.compactMap {
                index -> UUID? in
                if case .id(let p) = choice.options[index].value { return p }
                return nil
            }
            if case .initiators = choice.purpose {
                let kept = s.initiatives[i].initiators.filter { chosenIDs.contains($0) }
                s.initiatives[i].initiators = kept + chosenIDs.filter { !kept.contains($0) }
            } else {
                let kept = s.initiatives[i].involved.filter { chosenIDs.contains($0.personID) }
                let added = chosenIDs.filter { p in !kept.contains { $0.personID == p } }.map {
                    Involvement(personID: $0, positions: [.partner])
                }
                s.initiatives[i].involved = kept + added
            }
            return change(&state, to: s)
        case .origin(let id):
            guard case .text(let raw) = value, let origin = Origin(rawValue: raw),
                let i = s.initiatives.firstIndex(where: { $0.id == id })
            else { return [] }
            s.initiatives[i].origin = origin
            return change(&state, to: s)
        case .moveItem(let item):
            guard case .id(let meeting) = value else { return [] }
            if let i = s.agenda.firstIndex(where: { $0.id == item }) {
                s.agenda[i].meetingID = meeting
                s.agenda[i].placedByHand = true
            } else if let i = s.routineTasks.firstIndex(where: { $0.id == item }) {
                s.routineTasks[i].meetingID = meeting
            } else {
                return []
            }
            state.agenda.meeting = s.meetingsInOrder.firstIndex { $0.id == meeting } ?? state.agenda.meeting
            // The selection follows the moved entry into its new cell.
            let after = JaaragendaView(section: s, context: state.context, filter: state.board.filter)
            if after.meetings.indices.contains(state.agenda.meeting) {
                let column = AgendaColumn.allCases[state.agenda.column]
                state.agenda.entry =
                    after.entries(after.meetings[state.agenda.meeting], column).firstIndex { $0.id == item }
                    ?? 0
            }
            return change(&state, to: s, message: state.t("Verplaatst.", "Moved."))
        case .personArea(let id):
            guard case .text(let raw) = value, let area = Area(rawValue: raw),
                let i = s.people.firstIndex(where: { $0.id == id })
            else { return [] }
            s.people[i].area = area
            return change(&state, to: s)
        case .personField(let id):
            guard case .text(let raw) = value, let person = s.person(id) else { return [] }
            if raw == "area" {
                choose(
                    &state, .personArea(id), title: state.t("Gebied", "Area"),
                    options: Area.allCases.map {
                        ChoiceOption(label: areaLabel($0, state.options.language), value: .text($0.rawValue))
                    },
                    selected: Area.allCases.firstIndex(of: person.area) ?? 0)
                return []
            }
            guard let field = PersonField(rawValue: raw) else { return [] }
            ask(
                &state, .personField(id, field), title: personFieldLabel(field, state.options.language),
                text: personFieldValue(person, field), multiline: field == .privateNote)
            return []
        }
    }
}
