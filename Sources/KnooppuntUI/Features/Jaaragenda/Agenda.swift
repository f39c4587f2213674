import Foundation
import KnooppuntModel

/// Where the user is on the jaaragenda: a meeting row, a column, and an entry in that cell.
struct AgendaState: Hashable, Sendable {
    var meeting = 0
    var column = 0
    var entry = 0
    /// A free-text item being rewritten: the answer replaces it.
    var replacing: UUID?
    /// The selection by id (meeting, and the entry in its cell): undo, a reload or a merge can
    /// renumber meetings or reorder a cell, and the selection stays on the same meeting and entry.
    var meetingID: UUID?
    var entryID: UUID?
    init(meeting: Int = 0, column: Int = 0, entry: Int = 0) {
        (self.meeting, self.column, self.entry) = (meeting, column, entry)
    }
}

extension App {
    static func agendaView(_ state: AppState) -> JaaragendaView {
        JaaragendaView(section: state.section, context: state.context, filter: state.filter)
    }

    static func selectedEntry(_ state: AppState, _ view: JaaragendaView) -> AgendaEntry? {
        guard view.meetings.indices.contains(state.agenda.meeting) else { return nil }
        let column = AgendaColumn.allCases[state.agenda.column]
        let entries = view.entries(view.meetings[state.agenda.meeting], column)
        return entries.indices.contains(state.agenda.entry) ? entries[state.agenda.entry] : nil
    }

    /// Remembers the selection by id (after the user acted on the jaaragenda).
    static func anchorAgenda(_ state: inout AppState) {
        let view = agendaView(state)
        state.agenda.meetingID =
            view.meetings.indices.contains(state.agenda.meeting)
            ? view.meetings[state.agenda.meeting].id : nil
        state.agenda.entryID = selectedEntry(state, view)?.id
    }

    /// Finds the selection again by id: the entry wherever it now stands in its column (a re-plan can
    /// move it to another meeting), else the same meeting, else the nearest row.
    static func relocateAgenda(_ state: inout AppState) {
        let view = agendaView(state)
        let column = AgendaColumn.allCases[max(0, min(3, state.agenda.column))]
        if let entryID = state.agenda.entryID {
            for (m, meeting) in view.meetings.enumerated() {
                if let e = view.entries(meeting, column).firstIndex(where: { $0.id == entryID }) {
                    state.agenda.meeting = m
                    state.agenda.entry = e
                    return
                }
            }
        }
        if let meetingID = state.agenda.meetingID,
            let m = view.meetings.firstIndex(where: { $0.id == meetingID })
        {
            state.agenda.meeting = m
        }
        state.agenda.meeting = max(0, min(state.agenda.meeting, view.meetings.count - 1))
        let count =
            view.meetings.indices.contains(state.agenda.meeting)
            ? view.entries(view.meetings[state.agenda.meeting], column).count : 0
        state.agenda.entry = max(0, min(state.agenda.entry, count - 1))
        anchorAgenda(&state)
    }

    static func agendaKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let view = agendaView(state)
        let meetings = view.meetings
        let column = AgendaColumn.allCases[state.agenda.column]
        let meeting = meetings.indices.contains(state.agenda.meeting) ? meetings[state.agenda.meeting] : nil
        let count = meeting.map { view.entries($0, column).count } ?? 0
        switch key {
        case .down, .character("j"):
            if state.agenda.entry < count - 1 {
                state.agenda.entry += 1
            } else if state.agenda.meeting < meetings.count - 1 {
                state.agenda.meeting += 1
                state.agenda.entry = 0
            }
        case .up, .character("k"):
            if state.agenda.entry > 0 {
                state.agenda.entry -= 1
            } else if state.agenda.meeting > 0 {
                state.agenda.meeting -= 1
                state.agenda.entry = max(0, view.entries(meetings[state.agenda.meeting], column).count - 1)
            }
        case .pageDown:
            state.agenda.meeting = min(max(0, meetings.count - 1), state.agenda.meeting + 5);
            state.agenda.entry = 0
        case .pageUp: state.agenda.meeting = max(0, state.agenda.meeting - 5); state.agenda.entry = 0
        case .left, .character("h"):
            state.agenda.column = max(0, state.agenda.column - 1)
            state.agenda.entry = 0
        case .right, .character("l"):
            state.agenda.column = min(3, state.agenda.column + 1)
            state.agenda.entry = 0
        case .character("n"):
            ask(
                &state, AgendaDialog.newMeeting, title: state.words.newMeeting,
                hint: state.words.dateDDMMYYYYOrYYYY)
        case .character("t"):
            guard let meeting else { return [] }
            ask(
                &state, AgendaDialog.meetingDate(meeting.id),
                title: state.words.dateOfMeeting(number: meeting.number),
                hint: state.words.ddMMYYYYOrYYYYMMDDEmpty,
                text: meeting.date?.description ?? "")
        case .character("T"):
            guard let meeting else { return [] }
            chooseTimesScope(&state, meeting)
        case .character("w"):
            guard let meeting else { return [] }
            ask(
                &state, AgendaDialog.meetingPlace(meeting.id),
                title: state.words.whereIsMeeting(number: meeting.number),
                hint: state.words.forExampleRoom214Empty,
                text: meeting.place)
        case .character("a"):
            guard let meeting else {
                return state.refuse(state.words.addAMeetingFirstN)
            }
            if column == .regelwerkTussendoor {
                ask(
                    &state, AgendaDialog.routineText(meeting: meeting.id),
                    title: state.words.newTaskRoutineWork,
                    hint: state.words.forExampleMakeTestsAdjustThe)
            } else {
                var options = state.section.initiativesInBoardOrder.filter { !$0.stage.isFinished }.map {
                    ChoiceOption(label: $0.title, value: .id($0.id))
                }
                options.append(
                    ChoiceOption(label: state.words.freeText, value: .nothing))
                choose(
                    &state, AgendaDialog.agendaSubject(meeting: meeting.id, column: column),
                    title: state.words.onTheAgendaOfMeeting(number: meeting.number),
                    options: options)
            }
        case .enter, .character("e"):
            guard let entry = selectedEntry(state, view) else { return [] }
            switch entry {
            case .item(let item):
                if case .initiative(let id) = item.subject, state.section.initiative(id) != nil {
                    openEditor(&state, id, field: .title)
                } else if case .text(let text) = item.subject {
                    ask(
                        &state, AgendaDialog.agendaText(meeting: item.meetingID, column: item.column),
                        title: state.words.textJaaragenda, text: text)
                    // Editing free text replaces the item: remove the old one when the answer comes.
                    state.agenda.replacing = item.id
                }
            case .task(let task):
                ask(
                    &state, AgendaDialog.routineDue(task: task.id),
                    title: state.words.dueDateOfTheTask,
                    hint: state.words.ddMMYYYYOrYYYYMM,
                    text: task.due?.description ?? "")
            }
        case .character("o"):
            guard case .task(let task) = selectedEntry(state, view) else { return notATask(&state) }
            var options = [ChoiceOption(label: state.words.nobodyJaaragenda, value: .nothing)]
            options += state.section.people.map {
                ChoiceOption(label: "\($0.initials)  \($0.name)", value: .id($0.id))
            }
            choose(
                &state, AgendaDialog.routineOwner(task: task.id),
                title: state.words.whoArrangesIt,
                options: options,
                selected: (state.section.people.firstIndex { $0.id == task.ownerID }).map { $0 + 1 } ?? 0)
        case .character("x"):
            guard case .task(let task) = selectedEntry(state, view) else { return notATask(&state) }
            let message = task.done ? state.words.taskOpenAgain : state.words.taskDone
            return edit(&state, \.routineTasks, task.id, message: message) { $0.done.toggle() }
        case .character("d"), .delete:
            guard let entry = selectedEntry(state, view) else { return [] }
            switch entry {
            case .item(let item):
                confirm(
                    &state,
                    state.words.removeFromTheYearAgenda(
                        value: state.section.title(of: item, words: state.words)),
                    action: AgendaDialog.deleteAgendaItem(item.id))
            case .task(let task):
                confirm(
                    &state, state.words.deleteTheTask(text: task.text),
                    action: AgendaDialog.deleteRoutineTask(task.id))
            }
        case .character("D"):
            guard let meeting else { return [] }
            let items = state.section.agenda.filter { $0.meetingID == meeting.id }.count
            let tasks = state.section.routineTasks.filter { $0.meetingID == meeting.id }.count
            var details: [String] = []
            if tasks > 0 {
                if let heir = JaaragendaFeature.taskHeir(of: meeting.id, in: state.section) {
                    details.append(
                        tasks == 1
                            ? state.words.itsTaskMovesToMeeting(number: heir.number)
                            : state.words.itsTasksMoveToMeeting(tasks: tasks, number: heir.number))
                } else {
                    details.append(state.words.itsRoutineTasksAreKeptWithout(tasks: tasks))
                }
            }
            confirm(
                &state,
                state.words.removeMeetingAndIts(
                    number: meeting.number, items: items,
                    noun: items == 1 ? state.words.nounItem : state.words.nounItems),
                details: details, action: AgendaDialog.deleteMeeting(meeting.id))
        case .character(">"), .character("J"):
            return moveEntry(&state, view, meetingDelta: 1, columnDelta: 0)
        case .character("<"), .character("K"):
            return moveEntry(&state, view, meetingDelta: -1, columnDelta: 0)
        case .character("L"):
            return moveEntry(&state, view, meetingDelta: 0, columnDelta: 1)
        case .character("H"):
            return moveEntry(&state, view, meetingDelta: 0, columnDelta: -1)
        case .character("M"):
            // Items and routine tasks alike (J and K move both, so M does too).
            guard let entry = selectedEntry(state, view) else { return [] }
            choose(
                &state, AgendaDialog.moveItem(item: entry.id),
                title: state.words.toWhichMeeting,
                options: meetings.map {
                    ChoiceOption(
                        label: view.meetingLabel($0) + "  " + ($0.date?.description ?? ""), value: .id($0.id))
                },
                selected: state.agenda.meeting)
        case .character("p"):
            if case .item(let item) = selectedEntry(state, view), case .initiative(let id) = item.subject {
                return planAgenda(&state, initiative: id)
            }
            return planAgenda(&state, initiative: nil)
        case .character("P"):
            return planAgenda(&state, initiative: nil)
        case .character("/"):
            askFilter(&state, hint: state.words.partOfATitleOrTask)
        case .escape where !state.filter.isEmpty:
            clearFilter(&state)
        case .character("m"):
            guard let meeting else { return nil }
            startMeeting(&state, meeting.id)
        default:
            return nil
        }
        return []
    }

    /// `o` and `x` belong to routine tasks; elsewhere they say so rather than doing nothing.
    static func notATask(_ state: inout AppState) -> [Effect] {
        state.refuse(state.words.oAndXAreForA)
    }

    /// Moves the selected entry to the next/previous meeting or column; a moved item counts as placed by hand.
    static func moveEntry(
        _ state: inout AppState, _ view: JaaragendaView, meetingDelta: Int, columnDelta: Int
    ) -> [Effect] {
        guard let entry = selectedEntry(state, view) else { return [] }
        let meetings = view.meetings
        let targetMeeting = state.agenda.meeting + meetingDelta
        let targetColumn = state.agenda.column + columnDelta
        guard meetings.indices.contains(targetMeeting), (0..<4).contains(targetColumn) else {
            return state.refuse(state.words.cannotMoveFurther)
        }
        var s = state.section
        let column = AgendaColumn.allCases[targetColumn]
        switch entry {
        case .item(let item):
            guard let i = s.agenda.firstIndex(where: { $0.id == item.id }) else { return [] }
            if case .initiative = item.subject, column == .regelwerkTussendoor {
                state.say(
                    state.words.initiativesBelongInTheFirstThree,
                    error: true)
                return []
            }
            s.agenda[i].meetingID = meetings[targetMeeting].id
            s.agenda[i].column = column
            s.agenda[i].placedByHand = true
        case .task(let task):
            guard columnDelta == 0, let i = s.routineTasks.firstIndex(where: { $0.id == task.id }) else {
                state.say(
                    state.words.tasksStayInTheRoutineColumn,
                    error: true)
                return []
            }
            s.routineTasks[i].meetingID = meetings[targetMeeting].id
        }
        state.agenda.meeting = targetMeeting
        state.agenda.column = targetColumn
        let after = JaaragendaView(section: s, context: state.context, filter: state.filter)
        state.agenda.entry =
            after.entries(meetings[targetMeeting], column).firstIndex { $0.id == entry.id } ?? 0
        return change(
            &state, to: s,
            message: state.words.movedTo(
                meeting: view.meetingLabel(meetings[targetMeeting]),
                column: JaaragendaView.columnTitle(column, state.options.language).dropFirst(2)))
    }
}
