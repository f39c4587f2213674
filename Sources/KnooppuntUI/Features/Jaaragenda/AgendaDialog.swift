import Foundation
import KnooppuntModel

/// The jaaragenda's questions: meetings (new, date, place), agenda entries (subject, free text, moving
/// to another meeting), routine tasks (text, owner, due date) and the three removals.
enum AgendaDialog: DialogReply {
    case newMeeting
    case meetingDate(UUID)
    case meetingPlace(UUID)
    case meetingTimes(UUID)
    /// Whether `T` sets this meeting's own times or the section's usual ones.
    case timesScope(UUID)
    case usualTimes
    case agendaText(meeting: UUID, column: AgendaColumn)
    case agendaSubject(meeting: UUID, column: AgendaColumn)
    case moveItem(item: UUID)
    case routineText(meeting: UUID)
    case routineDue(task: UUID)
    case routineOwner(task: UUID)
    case deleteAgendaItem(UUID)
    case deleteMeeting(UUID)
    case deleteRoutineTask(UUID)

    static var owner: ScreenKind { .agenda }
    var keptOnInterrupt: Bool { self != .newMeeting }

    /// The prompts whose answer is a date.
    var asksDate: Bool {
        switch self {
        case .newMeeting, .meetingDate, .routineDue: true
        default: false
        }
    }
}

extension JaaragendaFeature {
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        let language = state.options.language
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var s = state.section
        let reply = prompt.purpose.reply(AgendaDialog.self)
        if let reply, reply.asksDate {
            switch App.typedDate(state, trimmed) {
            case .failure(let why): return App.reject(&state, prompt, why)
            case .success(let day): return answerDate(&state, reply, day)
            }
        }
        switch reply {
        case .meetingTimes(let id):
            guard let span = typedTimes(trimmed) else { return notATimeSpan(&state, prompt) }
            return App.edit(&state, \.meetings, id, message: state.words.timeSet) {
                ($0.start, $0.end) = span
            }
        case .usualTimes:
            guard let span = typedTimes(trimmed) else { return notATimeSpan(&state, prompt) }
            (s.usualStart, s.usualEnd) = span
            return App.change(&state, to: s, message: state.words.usualTimeSet)
        case .meetingPlace(let id):
            if !trimmed.isEmpty, case .failure(let why) = Rulebook.validName(text, language) {
                return App.reject(&state, prompt, why)
            }
            return App.edit(&state, \.meetings, id) { $0.place = trimmed }
        case .agendaText(let meeting, let column):
            if !trimmed.isEmpty, case .failure(let why) = Rulebook.validName(text, language) {
                return App.reject(&state, prompt, why)
            }
            if let old = state.agenda.replacing {
                state.agenda.replacing = nil
                guard !trimmed.isEmpty else { return [] }
                return App.edit(&state, \.agenda, old) { $0.subject = .text(TextRules.singleLine(trimmed)) }
            }
            guard !trimmed.isEmpty else { return [] }
            s.agenda.append(
                AgendaItem(
                    meetingID: meeting, column: column, subject: .text(TextRules.singleLine(trimmed)),
                    placedByHand: true))
            return App.change(
                &state, to: s, message: state.words.putOnTheYearAgenda)
        case .routineText(let meeting):
            guard !trimmed.isEmpty else { return [] }
            if case .failure(let why) = Rulebook.validName(text, language) {
                return App.reject(&state, prompt, why)
            }
            let task = RoutineTask(text: TextRules.singleLine(trimmed), meetingID: meeting)
            s.routineTasks.append(task)
            let effects = App.change(
                &state, to: s,
                message: state.words.taskAddedOPicksWhoEnter)
            let view = JaaragendaView(section: s, context: state.context, filter: state.filter)
            if let m = s.meeting(meeting) {
                state.agenda.entry =
                    view.entries(m, .regelwerkTussendoor).firstIndex { $0.id == task.id } ?? 0
            }
            return effects
        default:
            return []
        }
    }

    /// The start and end typed into a times prompt (empty clears both); nil when they do not read as a
    /// span such as 15:30-17:00.
    static func typedTimes(_ trimmed: String) -> (start: ClockTime?, end: ClockTime?)? {
        if trimmed.isEmpty { return (nil, nil) }
        return ClockTime.span(typed: trimmed).map { ($0.start, $0.end) }
    }

    static func notATimeSpan(_ state: inout AppState, _ prompt: Prompt) -> [Effect] {
        App.reject(
            &state, prompt,
            state.words.giveAStartAndEndTime)
    }

    /// The prompts that ask a date, once it reads as one (empty: no date).
    static func answerDate(_ state: inout AppState, _ reply: AgendaDialog, _ day: Day?) -> [Effect] {
        var s = state.section
        switch reply {
        case .newMeeting:
            // Numbers follow the dates: a meeting added between two others takes its place in the
            // order, and the later ones move up one.
            let meeting = Meeting(number: s.meetings.count + 1, date: day)
            s.meetings.append(meeting)
            s = s.renumberingMeetings()
            let number = s.meeting(meeting.id)?.number ?? meeting.number
            let effects = App.change(
                &state, to: s,
                message: state.words.meetingAdded(number: number))
            state.agenda.meeting = s.meetingsInOrder.firstIndex { $0.id == meeting.id } ?? 0
            state.agenda.entry = 0
            return effects
        case .meetingDate(let id):
            guard let i = s.meetings.firstIndex(where: { $0.id == id }) else { return [] }
            s.meetings[i].date = day
            let before = s.meetings[i].number
            s = s.renumberingMeetings()
            let number = s.meeting(id)?.number ?? before
            state.agenda.meeting = s.meetingsInOrder.firstIndex { $0.id == id } ?? state.agenda.meeting
            return App.change(
                &state, to: s,
                message: number == before
                    ? state.words.dateSet
                    : state.words.dateSetItIsNowMeeting(number: number))
        case .routineDue(let task):
            return App.edit(&state, \.routineTasks, task) { $0.due = day }
        default:
            return []
        }
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        let value = choice.value
        var s = state.section
        switch choice.purpose.reply(AgendaDialog.self) {
        case .timesScope(let id):
            App.askTimes(&state, meeting: value == .text("section") ? nil : id)
            return []
        case .agendaSubject(let meeting, let column):
            switch value {
            case .id(let id):
                if s.agenda.contains(where: {
                    $0.meetingID == meeting && $0.column == column && $0.subject == .initiative(id)
                }) {
                    state.say(state.words.alreadyThere)
                    return []
                }
                s.agenda.append(
                    AgendaItem(
                        meetingID: meeting, column: column, subject: .initiative(id), placedByHand: true))
                return App.change(
                    &state, to: s, message: state.words.putOnTheYearAgenda)
            default:
                state.agenda.replacing = nil
                App.ask(
                    &state, AgendaDialog.agendaText(meeting: meeting, column: column),
                    title: state.words.freeTextOnTheAgenda)
                return []
            }
        case .routineOwner(let task):
            let owner: UUID? = if case .id(let person) = value { person } else { nil }
            return App.edit(&state, \.routineTasks, task) { $0.ownerID = owner }
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
            let after = JaaragendaView(section: s, context: state.context, filter: state.filter)
            if after.meetings.indices.contains(state.agenda.meeting),
                AgendaColumn.allCases.indices.contains(state.agenda.column)
            {
                let column = AgendaColumn.allCases[state.agenda.column]
                state.agenda.entry =
                    after.entries(after.meetings[state.agenda.meeting], column).firstIndex { $0.id == item }
                    ?? 0
            }
            return App.change(&state, to: s, message: state.words.moved)
        default:
            return []
        }
    }

    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] {
        var s = state.section
        switch confirmation.action.reply(AgendaDialog.self) {
        case .deleteAgendaItem(let id):
            s.agenda.removeAll { $0.id == id }
            return App.change(
                &state, to: s, message: state.words.removedFromTheYearAgenda
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
            return App.change(&state, to: s, message: state.words.meetingRemoved)
        case .deleteRoutineTask(let id):
            s.routineTasks.removeAll { $0.id == id }
            return App.change(&state, to: s, message: state.words.taskRemoved)
        default:
            return []
        }
    }

    /// The meeting that takes over the routine tasks of a removed one: the next, else the previous.
    static func taskHeir(of id: UUID, in section: Section) -> Meeting? {
        let meetings = section.meetingsInOrder
        guard let i = meetings.firstIndex(where: { $0.id == id }) else { return nil }
        if i + 1 < meetings.count { return meetings[i + 1] }
        return i > 0 ? meetings[i - 1] : nil
    }
}
