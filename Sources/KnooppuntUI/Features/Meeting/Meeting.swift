import Foundation
import KnooppuntModel

/// Meeting mode: which meeting, which item, and the optional timer per item.
struct MeetingState: Hashable, Sendable {
    var meetingID: UUID?
    var index = 0
    /// Seconds spent per agenda item so far (timers that were stopped).
    var spent: [UUID: Double] = [:]
    var runningItem: UUID?
    var runningSince: Double?
    var returnTo: ScreenKind = .agenda
    /// Right after leaving meeting mode: the meeting whose minutes the very next `E` exports.
    var offeredMinutes: Int?
}

extension App {
    static func openMeetingMode(_ state: inout AppState) {
        // The screen is about to be shared: private notes switched on in 5 Mensen (shown behind the
        // meeting list, and again on the way back) go off.
        state.people.showPrivate = false
        let meetings = state.section.meetingsInOrder
        guard !meetings.isEmpty else {
            state.say(state.words.thereAreNoMeetingsYetAdd, error: true)
            return
        }
        let next = state.section.nextMeeting(after: state.options.today)
        let selected = next.flatMap { n in meetings.firstIndex { $0.id == n.id } } ?? (meetings.count - 1)
        let view = JaaragendaView(section: state.section, context: state.context)
        choose(
            &state, MeetingDialog.meetingForMode, title: state.words.whichMeeting,
            options: meetings.map { m in
                ChoiceOption(
                    label: view.meetingLabel(m) + "  "
                        + (m.date?.description ?? state.words.noDate), value: .id(m.id))
            }, selected: selected)
    }

    static func startMeeting(_ state: inout AppState, _ id: UUID) {
        if state.screen != .meeting {
            state.meeting.returnTo = state.screen == .editor ? .board : state.screen
        }
        stopTimer(&state)
        state.meeting.meetingID = id
        state.meeting.index = 0
        state.screen = .meeting
        state.status = nil
    }

    static func meetingView(_ state: AppState) -> MeetingView? {
        guard let id = state.meeting.meetingID, let meeting = state.section.meeting(id) else { return nil }
        var context = state.context
        context.sharedScreen = true
        context.showSensitive = false
        return MeetingView(section: state.section, meeting: meeting, context: context)
    }

    static func stopTimer(_ state: inout AppState) {
        if let item = state.meeting.runningItem, let since = state.meeting.runningSince {
            state.meeting.spent[item, default: 0] += max(0, state.now - since)
        }
        state.meeting.runningItem = nil
        state.meeting.runningSince = nil
    }

    static func timerText(_ state: AppState, item: UUID) -> String? {
        var seconds = state.meeting.spent[item] ?? 0
        if state.meeting.runningItem == item, let since = state.meeting.runningSince {
            seconds += max(0, state.now - since)
        }
        guard seconds > 0 || state.meeting.runningItem == item else { return nil }
        let s = Int(seconds)
        return String(format: "%02d:%02d", s / 60, s % 60)
    }

    static func meetingKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard let view = meetingView(state) else {
            state.screen = .agenda
            return nil
        }
        let items = view.items
        let tasks = view.tasks
        let item = items.indices.contains(state.meeting.index) ? items[state.meeting.index] : nil
        let initiative: Initiative? = {
            guard let item, case .initiative(let id) = item.subject else { return nil }
            return state.section.initiative(id)
        }()
        // After the discussed items come the routine tasks: the same j/k reaches them.
        let taskIndex = state.meeting.index - items.count
        if tasks.indices.contains(taskIndex), let handled = meetingTaskKey(&state, key, tasks[taskIndex]) {
            return handled
        }
        switch key {
        case .down, .character("j"), .character(" "):
            if state.meeting.runningItem != nil { stopTimer(&state) }
            state.meeting.index = min(max(0, view.entryCount - 1), state.meeting.index + 1)
        case .up, .character("k"):
            if state.meeting.runningItem != nil { stopTimer(&state) }
            state.meeting.index = max(0, state.meeting.index - 1)
        case .character("x"):
            state.say(state.words.xTicksOffATaskThe, error: true)
        case .character("t"):
            let timed = item?.id ?? (tasks.indices.contains(taskIndex) ? tasks[taskIndex].id : nil)
            guard let timed else { return [] }
            if state.meeting.runningItem == timed {
                stopTimer(&state)
                state.say(state.words.timerStopped)
            } else {
                stopTimer(&state)
                state.meeting.runningItem = timed
                state.meeting.runningSince = state.now
                state.say(state.words.timerRunningForThisItemT)
            }
        case .enter, .character("n"):
            guard item != nil else {
                return state.refuse(state.words.thisMeetingHasNoItemsPut)
            }
            guard let initiative else {
                state.say(
                    state.words.thisItemIsNotAnInitiative, error: true
                )
                return []
            }
            ask(
                &state,
                MeetingDialog.meetingNote(
                    initiative: initiative.id, meeting: view.meeting.number, target: nil),
                title: state.words.noteOrDecisionFor(title: initiative.title),
                hint: state.words.goesIntoTheHistoryActionWho,
                multiline: true)
        case .character(">"), .character("<"):
            guard let initiative else {
                return state.refuse(
                    item == nil
                        ? state.words.thisMeetingHasNoItemsPut
                        : state.words.thisItemIsNotAnInitiativeOnly)
            }
            let move: StepMove = key == .character(">") ? .next : .back
            let target: Checked<Stage> =
                move == .next && initiative.stage == .step(Stage.lastStep)
                ? .success(.closed) : Rulebook.target(move, initiative, state.options.language)
            switch target {
            case .failure(let why):
                state.say(why, error: true)
            case .success(let target):
                if let why = Rulebook.refusal(initiative, to: target, state.options.language) {
                    return state.refuse(why)
                }
                ask(
                    &state,
                    MeetingDialog.meetingNote(
                        initiative: initiative.id, meeting: view.meeting.number, target: target),
                    title: state.words.toDecisionOrNote(
                        title: initiative.title, value: state.guidance.header(target)),
                    hint: state.words.mayBeEmptyCtrlSOr,
                    multiline: true)
            }
        case .character("e"):
            guard let initiative else { return [] }
            openEditor(&state, initiative.id, field: .title)
        case .character("a"):
            chooseAttendance(&state, view.meeting)
        case .character("c"):
            openMeetingMode(&state)
        case .escape:
            stopTimer(&state)
            state.screen = state.meeting.returnTo
            // Leaving is when the minutes are wanted: the next key E exports them, any other key
            // goes on as usual.
            state.meeting.offeredMinutes = view.meeting.number
            state.say(state.words.leftMeetingEExportTheMinutes(number: view.meeting.number))
            askEvaluation(&state, meeting: view.meeting)
        default:
            return nil
        }
        return []
    }

    /// Adds a meeting note to an initiative's history, optionally moving it on (via the normal checks).
    static func recordNote(
        _ state: inout AppState, initiative id: UUID, meeting: Int, target: Stage?, text: String,
        actions: [ActionPoint] = []
    ) -> [Effect] {
        guard let initiative = state.section.initiative(id) else { return [] }
        let trimmed: String
        switch Rulebook.validNote(text, state.options.language) {
        case .success(let note): trimmed = note
        case .failure(let why):
            return state.refuse(why)
        }
        let prefix = meeting > 0 ? state.words.meetingMeeting(meeting: meeting) : ""
        if let target {
            return requestMove(&state, initiative, to: target, note: trimmed.isEmpty ? "" : prefix + trimmed)
        }
        guard !trimmed.isEmpty else {
            state.say(state.words.emptyNoteNothingRecorded)
            return []
        }
        var updated = initiative
        updated.history.append(
            StepChange(
                from: initiative.stage, to: initiative.stage, date: state.options.today,
                note: prefix + trimmed))
        guard !actions.isEmpty, let i = state.section.initiatives.firstIndex(where: { $0.id == id }) else {
            return replaceInitiative(
                &state, updated,
                message: state.words.noteRecordedInTheHistoryOf(title: initiative.title))
        }
        // The note and its action points are one change, so one undo takes both back.
        var section = state.section
        section.initiatives[i] = updated
        let decidedAt = section.meeting(number: meeting)?.id
        section.routineTasks += actions.map {
            RoutineTask(text: $0.text, ownerID: $0.ownerID, due: $0.due, decidedAt: decidedAt)
        }
        return change(
            &state, to: section,
            message: state.words.noteRecordedWithActionPointS(count: actions.count))
    }
}
