import Foundation
import KnooppuntModel

extension ScreenKind {
    static let agenda = ScreenKind("agenda")
}

/// Screen 2: the jaaragenda, meetings as rows and the four columns (see docs/METHOD.md).
enum JaaragendaFeature: ScreenFeature {
    static let kind = ScreenKind.agenda
    static let tab: ScreenTab? = ScreenTab(
        key: "2", short: \.tabAgenda, long: \.yearAgenda,
        help: \.yearAgendaJaaragenda)
    static let usesFilter = true

    /// The agenda of the meeting the cursor is on, to mail before the meeting.
    static func exportRequest(_ state: AppState) -> ExportRequest? {
        let meetings = state.section.meetingsInOrder
        guard meetings.indices.contains(state.agenda.meeting) else { return nil }
        return .agenda(meeting: meetings[state.agenda.meeting].number)
    }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding("↑ ↓ j k", words.entryMeeting),
            KeyBinding("← → h l", words.column),
            KeyBinding(
                "> < J K", words.entryToNextPreviousMeeting,
                status: words.moveJaaragenda, keys: "> <", rank: 1),
            KeyBinding("L H", words.entryToNextPreviousColumn),
            KeyBinding("M", words.entryToAChosenMeeting),
            KeyBinding(
                "a", words.addEntryOrTask, status: words.add, rank: 0),
            KeyBinding("Enter e", words.openTaskDate),
            KeyBinding("o", words.ownerOfATask),
            KeyBinding("x", words.taskDoneJaaragenda),
            KeyBinding("d", words.removeEntry),
            KeyBinding("n", words.newMeetingJaaragenda, status: words.meetingJaaragenda, rank: 2),
            KeyBinding("t T", words.dateTimeOfMeeting),
            KeyBinding("w", words.placeOfMeeting),
            KeyBinding("D", words.removeMeeting),
            KeyBinding(
                "p", words.planThisInitiativeOrAll,
                status: words.plan, rank: 3),
            KeyBinding("P", words.planAllInitiatives),
            KeyBinding(
                "m", words.holdThisMeeting,
                status: words.holdMeeting, rank: 4),
            KeyBinding("/", words.filter),
            .statusOnly("?", words.help, rank: 5),
        ]
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? { App.agendaKey(&state, key) }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        App.agendaView(state).render(
            into: &grid, area: area,
            selection: (state.agenda.meeting, state.agenda.column, state.agenda.entry))
    }

    /// The row and cell under the click from the view's own geometry, as its drawing uses it.
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        let view = App.agendaView(state)
        let geo = view.geometry(width: area.width, height: area.height - 1, selected: state.agenda.meeting)
        let column = x - area.x - JaaragendaView.labelWidth
        if column >= 0, geo.columnWidth > 0 { state.agenda.column = min(3, column / geo.columnWidth) }
        var top = area.y + 1
        for row in geo.rows {
            if y >= top, y < top + row.height {
                state.agenda.meeting = row.index
                guard row.cells.indices.contains(state.agenda.column) else { break }
                let lines = row.cells[state.agenda.column]
                let line = y - top
                state.agenda.entry = line < lines.count ? lines[line].entry : 0
                break
            }
            top += row.height + 1
        }
        return []
    }

    static func reconcile(_ state: inout AppState) { App.relocateAgenda(&state) }

    static func anchor(_ state: inout AppState) { App.anchorAgenda(&state) }

    /// Coming back to the jaaragenda after meeting mode or the editor changed it: the same entry.
    static func enter(_ state: inout AppState) -> [Effect] {
        let effects = App.switchTo(&state, kind)
        if state.screen == kind { App.relocateAgenda(&state) }
        return effects
    }
}
