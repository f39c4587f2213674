import Foundation
import KnooppuntModel

extension ScreenKind {
    static let mine = ScreenKind("mine")
}

/// Screen 6, "mijn initiatieven": one person's initiatives with what each step asks next.
enum MineFeature: ScreenFeature {
    static let kind = ScreenKind.mine
    static let tab: ScreenTab? = ScreenTab(
        key: "6", short: \.mine,
        long: \.myInitiatives,
        help: \.myInitiativesMine)

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding(
                "↑ ↓ j k", words.personOrInitiative, status: words.selectMine,
                keys: "j k", rank: 0),
            KeyBinding("→ l Enter", words.toTheInitiatives),
            KeyBinding("← h Esc", words.toThePeople),
            KeyBinding(
                "i", words.thisIsMeRememberedOnThis,
                status: words.me, rank: 2),
            KeyBinding(
                "Enter", words.openTheInitiative, status: words.open2, rank: 1),
            .statusOnly("?", words.help, rank: 3),
        ]
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? { App.mineKey(&state, key) }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        App.renderMine(state, into: &grid, area: area)
    }

    /// The list of people on the left, as wide as the drawing makes it.
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        guard x < area.x + listWidth(area), let row = list(state, area).row(at: y) else { return [] }
        state.mine.person = row
        state.mine.pane = 0
        state.mine.row = 0
        return []
    }

    /// The list of people below its heading: the placement of drawing and clicks.
    static func list(_ state: AppState, _ area: Rect) -> ListPlacement {
        let count = state.section.people.count
        return ListPlacement(
            top: area.y + 1, visible: area.height - 1, selected: min(state.mine.person, count - 1),
            count: count)
    }

    /// The width of the list of people: the one placement that drawing and clicks share.
    static func listWidth(_ area: Rect) -> Int { min(26, area.width / 3) }

    static func reconcile(_ state: inout AppState) {
        state.mine.person = max(0, min(state.mine.person, state.section.people.count - 1))
    }
}
