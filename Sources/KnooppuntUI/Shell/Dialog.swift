import Foundation
import KnooppuntModel

/// What happens when the user says yes to a confirmation.
public enum PendingAction: Hashable, Sendable {
    case moveInitiative(UUID, to: Stage, note: String)
    case deleteInitiative(UUID)
    case deleteAgendaItem(UUID)
    case deleteMeeting(UUID)
    case deleteRoutineTask(UUID)
    case removePerson(UUID)
    case deleteExperience(initiative: UUID, index: Int)
    case removeInvolvement(initiative: UUID, person: UUID)
}

/// A yes/no question; `fillIn` offers a third answer that opens the editor at a field.
public struct Confirmation: Hashable, Sendable {
    public var question: String
    public var details: [String]
    public var action: PendingAction
    public var fillIn: EditorField?

    /// Deleting and removing ask for Enter alone: `j` ("ja") is also the key that moves down, and a
    /// `d` followed by a habitual `j` must not throw away a person or a meeting.
    public var isDestructive: Bool {
        if case .moveInitiative = action { return false }
        return true
    }
}

/// What a one-line (or multi-line) question is for.
public enum PromptPurpose: Hashable, Sendable {
    case newSection
    case renameSection(slug: String)
    case newInitiative(stage: Stage)
    case filter
    case newMeeting
    case meetingDate(UUID)
    case meetingPlace(UUID)
    case agendaText(meeting: UUID, column: AgendaColumn)
    case routineText(meeting: UUID)
    case routineDue(task: UUID)
    case newPerson
    case personField(UUID, PersonField)
    case meetingNote(initiative: UUID, meeting: Int, target: Stage?)
    case experienceDate(initiative: UUID)
    case experienceText(initiative: UUID, date: Day)
    case experienceEdit(initiative: UUID, index: Int)
}

public enum PersonField: String, Hashable, Sendable, CaseIterable {
    case name, initials, role, privateNote
}

public struct Prompt: Hashable, Sendable {
    public var title: String
    public var hint: String
    public var buffer: TextBuffer
    public var purpose: PromptPurpose
    public var error: String?
    /// The text the prompt opened with: Esc after typing something else asks once before dropping it.
    public var initialText: String = ""
    /// Esc was pressed once on typed text; a second Esc drops it.
    public var discardWarned = false
}

/// The value behind one line of a choice list.
public enum ChoiceValue: Hashable, Sendable {
    case id(UUID)
    case stage(Stage)
    case text(String)
    case nothing
}

public struct ChoiceOption: Hashable, Sendable {
    public var label: String
    public var value: ChoiceValue
}

public enum ChoicePurpose: Hashable, Sendable {
    case stage(initiative: UUID)
    case agendaSubject(meeting: UUID, column: AgendaColumn)
    case routineOwner(task: UUID)
    case meetingForMode
    case initiators(initiative: UUID)
    case involved(initiative: UUID)
    case origin(initiative: UUID)
    case moveItem(item: UUID)
    case personArea(UUID)
    case personField(UUID)
}

/// A list to choose from; `marked` makes it a multi-select list (space marks, Enter confirms).
public struct Choice: Hashable, Sendable {
    public var title: String
    public var options: [ChoiceOption]
    public var selected: Int
    public var marked: Set<Int>?
    public var purpose: ChoicePurpose
}

public enum Dialog: Hashable, Sendable {
    case confirm(Confirmation)
    case prompt(Prompt)
    case choice(Choice)
}

extension App {
    static func ask(
        _ state: inout AppState, _ purpose: PromptPurpose, title: String, hint: String = "",
        text: String = "", multiline: Bool = false
    ) {
        state.dialog = .prompt(
            Prompt(
                title: title, hint: hint, buffer: TextBuffer(text, multiline: multiline),
                purpose: purpose, error: nil, initialText: text))
    }

    static func choose(
        _ state: inout AppState, _ purpose: ChoicePurpose, title: String, options: [ChoiceOption],
        selected: Int = 0, marked: Set<Int>? = nil
    ) {
        state.dialog = .choice(
            Choice(
                title: title, options: options, selected: max(0, min(selected, options.count - 1)),
                marked: marked, purpose: purpose))
    }

    static func confirm(
        _ state: inout AppState, _ question: String, details: [String] = [], action: PendingAction,
        fillIn: EditorField? = nil
    ) {
        state.dialog = .confirm(
            Confirmation(question: question, details: details, action: action, fillIn: fillIn))
    }

    static func dialogKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let dialog = state.dialog else { return [] }
        switch dialog {
        case .confirm(let c):
            switch key {
            case .character("j") where !c.isDestructive, .character("J") where !c.isDestructive,
                .character("y") where !c.isDestructive, .character("Y") where !c.isDestructive, .enter:
                state.dialog = nil
                return perform(&state, c.action)
            case .character("i") where c.fillIn != nil, .character("f") where c.fillIn != nil:
                state.dialog = nil
                if case .moveInitiative(let id, _, _) = c.action {
                    openEditor(&state, id, field: c.fillIn!, startTyping: true)
                }
                return []
            case .character("n"), .character("N"), .escape, .character("q"):
                state.dialog = nil
                state.say(state.t("Niets veranderd.", "Nothing changed."))
                return []
            default:
                return []
            }
        case .prompt(var p):
            switch key {
            case .escape:
                // A note typed in a meeting is work: one Esc out of habit (the editor's Esc keeps text)
                // must not drop it. The first Esc says how to save; a second one drops it.
                if p.buffer.multiline, !p.discardWarned, p.buffer.text != p.initialText,
                    !p.buffer.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                {
                    p.discardWarned = true
                    // Short enough for the prompt at 60 columns.
                    p.error = state.t(
                        "Tab slaat op; nog eens Esc gooit weg.", "Tab saves; Esc again throws it away.")
                    state.dialog = .prompt(p)
                    return []
                }
                state.dialog = nil
                if p.discardWarned {
                    state.say(state.t("Tekst weggegooid.", "Text thrown away."))
                }
                return []
            case .enter where !p.buffer.multiline, .control("s"), .tab:
                state.dialog = nil
                return answer(&state, p.purpose, p.buffer.text, prompt: p)
            default:
                if p.buffer.handle(key) {
                    p.error = nil
                    p.discardWarned = false
                    state.dialog = .prompt(p)
                }
                return []
            }
        case .choice(var c):
            switch key {
            case .up, .character("k"): c.selected = max(0, c.selected - 1)
            case .down, .character("j"): c.selected = min(c.options.count - 1, c.selected + 1)
            case .home: c.selected = 0
            case .end: c.selected = max(0, c.options.count - 1)
            case .character(" ") where c.marked != nil:
                if c.marked!.contains(c.selected) {
                    c.marked!.remove(c.selected)
                } else {
                    c.marked!.insert(c.selected)
                }
            case .escape, .character("q"):
                state.dialog = nil
                return []
            case .enter:
                state.dialog = nil
                guard !c.options.isEmpty else { return [] }
                return chosen(&state, c)
            default:
                return []
            }
            state.dialog = .choice(c)
            return []
        }
    }

    /// Re-opens a prompt with an error line, keeping what was typed.
    static func reject(_ state: inout AppState, _ prompt: Prompt, _ error: String) -> [Effect] {
        var p = prompt
        p.error = error
        state.dialog = .prompt(p)
        return []
    }

    /// The meeting that takes over the routine tasks of a removed one: the next, else the previous.
    static func taskHeir(of id: UUID, in section: Section) -> Meeting? {
        let meetings = section.meetingsInOrder
        guard let i = meetings.firstIndex(where: { $0.id == id }) else { return nil }
        if i + 1 < meetings.count { return meetings[i + 1] }
        return i > 0 ? meetings[i - 1] : nil
    }

    static func perform(_ state: inout AppState, _ action: PendingAction) -> [Effect] {
        var s = state.section
        switch action {
        case .moveInitiative(let id, let to, let note):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }) else { return [] }
            let from = s.initiatives[i].stage
            s.initiatives[i] = s.initiatives[i].moved(to: to, on: state.options.today, note: note)
            if state.screen == .board { followToColumn(&state, stage: to, initiative: id) }
            return change(
                &state, to: s,
                message: state.t(
                    "\(s.initiatives[i].title): van \(state.guidance.header(from)) naar \(state.guidance.header(to)).",
                    "\(s.initiatives[i].title): from \(state.guidance.header(from)) to \(state.guidance.header(to))."
                ))
        case .deleteInitiative(let id):
            s.initiatives.removeAll { $0.id == id }
            s.agenda.removeAll { $0.subject == .initiative(id) }
            return change(
                &state, to: s,
                message: state.t(
                    "Initiatief verwijderd (u maakt ongedaan).", "Initiative deleted (u undoes)."))
        case .deleteAgendaItem(let id):
            s.agenda.removeAll { $0.id == id }
            return change(
                &state, to: s, message: state.t("Van de jaaragenda gehaald.", "Removed from the year agenda.")
            )
        case .deleteMeeting(let id):
            // Routine tasks are work still to do, not agenda entries: they go to the neighbouring
            // meeting (a task without a meeting shows nowhere on the jaaragenda or in meeting mode).
            let heir = taskHeir(of: id, in: s)
            s.meetings.removeAll { $0.id == id }
            s.agenda.removeAll { $0.meetingID == id }
            for i in s.routineTasks.indices where s.routineTasks[i].meetingID == id {
                s.routineTasks[i].meetingID = heir?.id
            }
            state.agenda.meeting = max(0, min(state.agenda.meeting, s.meetings.count - 1))
            return change(&state, to: s, message: state.t("Overleg verwijderd.", "Meeting removed."))
        case .deleteRoutineTask(let id):
            s.routineTasks.removeAll { $0.id == id }
            return change(&state, to: s, message: state.t("Taak verwijderd.", "Task removed."))
        case .removePerson(let id):
            let name = s.person(id)?.name ?? ""
            s = Rulebook.removingPerson(id, from: s)
            state.people.index = max(0, min(state.people.index, s.people.count - 1))
            return change(
                &state, to: s,
                message: state.t(
                    "\(name) is uit alle gegevens verwijderd.", "\(name) was removed from all data."))
        case .deleteExperience(let id, let index):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }),
                s.initiatives[i].experiences.indices.contains(index)
            else { return [] }
            s.initiatives[i].experiences.remove(at: index)
            return change(&state, to: s, message: state.t("Ervaring verwijderd.", "Experience removed."))
        case .removeInvolvement(let id, let person):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }) else { return [] }
            s.initiatives[i].involved.removeAll { $0.personID == person }
            return change(&state, to: s)
        }
    }
}
