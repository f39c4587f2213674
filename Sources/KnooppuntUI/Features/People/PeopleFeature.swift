import Foundation
import KnooppuntModel

extension ScreenKind {
    static let people = ScreenKind("people")
}

/// Screen 5: the people of the section, their attributes and private notes.
enum PeopleFeature: ListFeature {
    static let kind = ScreenKind.people
    static let tab: ScreenTab? = ScreenTab(
        key: "5", short: { $0 == .nl ? "Mensen" : "People" }, help: { $0 == .nl ? "mensen" : "people" })

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
            KeyBinding("g", t("groslijst van deze persoon", "this person's long list")),
            KeyBinding("v", t("vertrouwelijke notities tonen/verbergen", "show/hide private notes")),
            .statusOnly("?", t("hulp", "help"), rank: 4),
        ]
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? { App.peopleKey(&state, key) }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        App.renderPeople(state, into: &grid, area: area)
    }

    static var selection: WritableKeyPath<AppState, Int> { \.people.index }
    static var headingRows: Int { 1 }
    static func count(_ state: AppState) -> Int { state.section.people.count }

    static func reconcile(_ state: inout AppState) {
        state.people.index = max(0, min(state.people.index, state.section.people.count - 1))
    }
}
