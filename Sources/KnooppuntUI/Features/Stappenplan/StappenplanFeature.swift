import Foundation
import KnooppuntModel

extension ScreenKind {
    static let board = ScreenKind("board")
}

/// Screen 1: the stappenplan board, a column per step (see docs/METHOD.md, "The stappenplan").
enum StappenplanFeature: ScreenFeature {
    static let kind = ScreenKind.board
    static let tab: ScreenTab? = ScreenTab(
        key: "1", short: \.steps, long: \.tabStappenplan,
        help: \.tabHelpStappenplan)
    static let usesFilter = true

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding("← → h l", words.stepColumn),
            KeyBinding("↑ ↓ j k", words.initiativeStappenplan),
            KeyBinding(
                "Enter e", words.openTheInitiative, status: words.open2,
                keys: "Enter", rank: 1),
            KeyBinding("n", words.newInitiative, status: words.new, rank: 2),
            KeyBinding(
                ">", words.toTheNextStepAfter10,
                status: words.stepInitiative, keys: "> <", rank: 0),
            KeyBinding("<", words.toThePreviousStep),
            KeyBinding("s", words.chooseAStepAlsoCloseDrop),
            KeyBinding("d", words.deleteAfterConfirmation),
            KeyBinding("z", words.showHideDropped),
            KeyBinding("/", words.filter, status: "filter", rank: 3),
            KeyBinding("p", words.planOnTheYearAgenda),
            KeyBinding("!", words.markTheStepMissesARecord),
            .statusOnly("u", words.undo, rank: 4),
            .statusOnly("?", words.help, rank: 5),
            .statusOnly("q", words.quit, rank: 6),
        ]
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? { App.boardKey(&state, key) }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        App.boardView(state).render(
            into: &grid, area: area, selectedColumn: state.board.column, selectedRow: state.board.row)
    }

    /// The column under the click by the board's own column placement, then the card by its height.
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        let view = App.boardView(state)
        let cols = StappenplanView.columns(
            count: view.stages.count, width: area.width, selected: state.board.column)
        guard cols.width > 0 else { return [] }
        let column = cols.first + (x - area.x) / cols.width
        guard view.stages.indices.contains(column) else { return [] }
        let previousColumn = state.board.column
        state.board.column = column
        let cards = view.cards(view.stages[column])
        let cardAreaHeight = area.height - 5 - 1
        let perPage = max(1, cardAreaHeight / StappenplanView.cardHeight)
        let start =
            column == previousColumn
            ? TextLayout.pageStart(selected: state.board.row, visible: perPage, count: cards.count) : 0
        let row = (y - (area.y + 1)) / StappenplanView.cardHeight
        if y > area.y, row >= 0, start + row < cards.count {
            state.board.row = start + row
        } else {
            state.board.row = min(state.board.row, max(0, cards.count - 1))
        }
        return []
    }

    static func reconcile(_ state: inout AppState) { App.relocateBoard(&state) }

    static func anchor(_ state: inout AppState) {
        state.board.selected = App.selectedInitiative(state)?.id
    }

    /// Coming back to the board (after the editor, meeting mode or 6 Mijn moved cards): the same card.
    static func enter(_ state: inout AppState) -> [Effect] {
        let effects = App.switchTo(&state, kind)
        if state.screen == kind { App.relocateBoard(&state) }
        return effects
    }
}
