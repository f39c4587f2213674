import Foundation
import KnooppuntModel

extension ScreenKind {
    static let people = ScreenKind("people")
}

/// Screen 5: the people of the section, their attributes and private notes.
enum PeopleFeature: ScreenFeature {
    static let kind = ScreenKind.people
    static let tab: ScreenTab? = ScreenTab(
        key: "5", short: { $0 == .nl ? "Mensen" : "People" }, help: { $0 == .nl ? "mensen" : "people" })

    static func title(_ state: AppState) -> String { state.t("Mensen", "People") }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let t = state.t
        return [
            KeyBinding("↑ ↓ j k", t("persoon", "person")),
            KeyBinding("n", t("nieuwe persoon", "new person"), status: t("nieuw", "new"), rank: 0),
            KeyBinding("e", t("wijzigen", "edit"), status: t("wijzig", "edit"), rank: 1),
            KeyBinding(
                "Enter", t("zijn of haar initiatieven", "their initiatives"),
                status: t("initiatieven", "initiatives"), rank: 3),
            KeyBinding(
                "d", t("uit alle gegevens verwijderen", "remove from all data"),
                status: t("verwijder", "remove"), rank: 2),
            KeyBinding("a", t("kenmerken (bouw, team)", "attributes (bouw, team)")),
            KeyBinding("v", t("vertrouwelijke notities tonen/verbergen", "show/hide private notes")),
            .statusOnly("?", t("hulp", "help"), rank: 4),
        ]
    }

    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        guard case .key(let key) = event else { return nil }
        return App.peopleKey(&state, key)
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        App.renderPeople(state, into: &grid, area: area)
    }

    /// One person per row under the header, paged as the drawing pages them.
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        let row = y - (area.y + 1)
        let count = state.section.people.count
        let start = TextLayout.pageStart(selected: state.people.index, visible: area.height - 1, count: count)
        if row >= 0, start + row < count { state.people.index = start + row }
        return []
    }

    static func reconcile(_ state: inout AppState) {
        state.people.index = max(0, min(state.people.index, state.section.people.count - 1))
    }
}
