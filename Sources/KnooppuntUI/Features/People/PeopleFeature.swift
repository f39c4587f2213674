import Foundation
import KnooppuntModel

extension ScreenKind {
    static let people = ScreenKind("people")
}

/// Screen 5: the people of the section, their attributes and private notes.
enum PeopleFeature: ListFeature {
    static let kind = ScreenKind.people
    static let tab: ScreenTab? = ScreenTab(key: "5", short: \.people, help: \.peoplePeople)

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding("↑ ↓ j k", words.person),
            KeyBinding("n", words.newPersonPeople, status: words.new, rank: 0),
            KeyBinding("e", words.editPeople, status: words.editPeople2, rank: 1),
            KeyBinding(
                "Enter", words.theirInitiatives,
                status: words.initiatives, rank: 3),
            KeyBinding(
                "d", words.removeFromAllDataPeople,
                status: words.removePeople, rank: 2),
            KeyBinding("a", words.attributesBouwTeam),
            KeyBinding("g", words.thisPersonSLongList),
            KeyBinding("v", words.showHidePrivateNotes),
            .statusOnly("?", words.help, rank: 4),
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
