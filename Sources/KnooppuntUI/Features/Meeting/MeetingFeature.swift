import Foundation
import KnooppuntModel

extension ScreenKind {
    static let meeting = ScreenKind("meeting")
}

/// Meeting mode (`m`): one meeting on the shared screen, item by item (see docs/METHOD.md).
enum MeetingFeature: ScreenFeature {
    static let kind = ScreenKind.meeting
    static let tab: ScreenTab? = ScreenTab(key: "m", short: \.meetingJaaragenda2, help: \.meetingSharedScreen)

    /// The minutes of the meeting being held.
    static func exportRequest(_ state: AppState) -> ExportRequest? {
        state.meeting.meetingID.flatMap { state.section.meeting($0) }.map { .minutes(meeting: $0.number) }
    }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding(
                "↓ ↑ j k", words.nextPreviousItem, status: words.item,
                keys: "j k", rank: 0),
            KeyBinding(
                "Enter n", words.recordANoteOrDecision,
                status: words.noteMeeting, keys: "Enter", rank: 1),
            KeyBinding(
                "> <", words.nextPreviousStepWithANote,
                status: words.nextStep, keys: ">", rank: 2),
            KeyBinding(
                "t", words.timerForThisItemOnOff, status: "timer", rank: 3),
            KeyBinding("e", words.openTheInitiative),
            KeyBinding(
                "x",
                words.tickOffATaskEnterNote),
            KeyBinding("a", words.recordWhoIsPresent),
            KeyBinding("c", words.anotherMeeting),
            KeyBinding(
                "Esc", words.leaveMeetingMode, status: words.back, rank: 4),
            .statusOnly("?", words.help, rank: 5),
        ]
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? { App.meetingKey(&state, key) }

    /// Choosing the tab asks which meeting to hold.
    static func enter(_ state: inout AppState) -> [Effect] {
        App.openMeetingMode(&state)
        return []
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        guard let view = App.meetingView(state) else { return }
        let ids = view.items.map(\.id) + view.tasks.map(\.id)
        let selectedID = ids.indices.contains(state.meeting.index) ? ids[state.meeting.index] : nil
        var timers: [UUID: String] = [:]
        for id in ids { timers[id] = App.timerText(state, item: id) }
        _ = view.render(
            into: &grid, area: area, selected: ids.isEmpty ? nil : state.meeting.index,
            timer: selectedID.flatMap { timers[$0] }, timers: timers,
            large: area.height >= 40 && area.width >= 100)
    }

    /// Items and tasks take one line each, plus detail lines under the selected one: they are found on
    /// the drawn screen, in order, rather than by repeating the layout (and its scrolling) here.
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        guard let view = App.meetingView(state) else { return [] }
        let grid = App.render(state, width: state.width, height: state.height)
        let lines = view.items.map { view.itemLine($0) } + view.tasks.map { view.taskLine($0) }
        guard area.y...area.maxY - 1 ~= y else { return [] }
        let clicked = grid.line(y)
        // The body scrolls, so the line is matched by its text; of equal lines, the one nearest the
        // current selection.
        let matches = lines.indices.filter { clicked.contains(lines[$0]) }
        guard let hit = matches.min(by: { abs($0 - state.meeting.index) < abs($1 - state.meeting.index) })
        else { return [] }
        if state.meeting.runningItem != nil, hit != state.meeting.index { App.stopTimer(&state) }
        state.meeting.index = hit
        return []
    }
}
