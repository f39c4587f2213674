import Foundation
import KnooppuntModel

extension ScreenKind {
    static let agenda = ScreenKind("agenda")
}

/// Screen 2: the jaaragenda, meetings as rows and the four columns (see docs/METHOD.md).
enum JaaragendaFeature: ScreenFeature {
    static let kind = ScreenKind.agenda
    static let tab: ScreenTab? = ScreenTab(
        key: "2", short: { _ in "Agenda" }, long: { $0 == .nl ? "Jaaragenda" : "Year agenda" },
        help: { $0 == .nl ? "jaaragenda" : "year agenda" })
    static let usesFilter = true

    /// The agenda of the meeting the cursor is on, to mail before the meeting.
    static func exportRequest(_ state: AppState) -> ExportRequest? {
        let meetings = state.section.meetingsInOrder
        guard meetings.indices.contains(state.agenda.meeting) else { return nil }
        return .agenda(meeting: meetings[state.agenda.meeting].number)
    }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let t = state.t
        return [
            KeyBinding("↑ ↓ j k", t("punt / overleg", "entry / meeting")),
            KeyBinding("← → h l", t("kolom", "column")),
            KeyBinding(
                "> < J K", t("punt naar volgend/vorig overleg", "entry to next/previous meeting"),
                status: t("verplaats", "move"), keys: "> <", rank: 1),
            KeyBinding("L H", t("punt naar volgende/vorige kolom", "entry to next/previous column")),
            KeyBinding("M", t("punt naar gekozen overleg", "entry to a chosen meeting")),
            KeyBinding(
                "a", t("punt of taak toevoegen", "add entry or task"), status: t("toevoegen", "add"), rank: 0),
            KeyBinding("Enter e", t("openen / datum taak", "open / task date")),
            KeyBinding("o", t("eigenaar van taak", "owner of a task")),
            KeyBinding("x", t("taak gedaan", "task done")),
            KeyBinding("d", t("punt verwijderen", "remove entry")),
            KeyBinding("n", t("nieuw overleg", "new meeting"), status: t("overleg", "meeting"), rank: 2),
            KeyBinding("t T", t("datum / tijd overleg", "date / time of meeting")),
            KeyBinding("w", t("plaats van overleg", "place of meeting")),
            KeyBinding("D", t("overleg verwijderen", "remove meeting")),
            KeyBinding(
                "p", t("plan dit initiatief (of alle)", "plan this initiative (or all)"),
                status: t("plan", "plan"), rank: 3),
            KeyBinding("P", t("plan alle initiatieven", "plan all initiatives")),
            KeyBinding(
                "m", t("dit overleg houden", "hold this meeting"),
                status: t("overleg houden", "hold meeting"), rank: 4),
            KeyBinding("/", t("filter", "filter")),
            .statusOnly("?", t("hulp", "help"), rank: 5),
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
