import Foundation
import KnooppuntModel

extension ScreenKind {
    static let picker = ScreenKind("picker")
}

/// The section picker, shown while no section is open: the sections with their counts, and files that
/// do not read with their one-line error.
enum PickerFeature: ScreenFeature {
    static let kind = ScreenKind.picker

    static func title(_ state: AppState) -> String { state.t("Secties", "Sections") }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let t = state.t
        return [
            KeyBinding("↑ ↓ j k", t("sectie kiezen", "select a section")),
            KeyBinding("Enter", t("openen", "open"), status: t("openen", "open"), rank: 0),
            KeyBinding("n", t("nieuwe sectie", "new section"), status: t("nieuw", "new"), rank: 1),
            KeyBinding("r", t("hernoemen", "rename"), status: t("hernoem", "rename"), rank: 2),
            KeyBinding("g", t("lijst verversen", "refresh the list")),
            .statusOnly("?", t("hulp", "help"), rank: 3),
            .statusOnly("q", t("stop", "quit"), rank: 4),
        ]
    }

    /// The keys that work everywhere while no section is open.
    static func globalBindings(_ state: AppState) -> [KeyBinding] {
        [KeyBinding("?", state.t("deze hulp", "this help")), KeyBinding("q", state.t("stoppen", "quit"))]
    }

    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        guard case .key(let key) = event else { return nil }
        return App.pickerKey(&state, key)
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        App.renderPicker(state, into: &grid, area: area)
    }

    /// One section per line below the heading, paged as the list is drawn.
    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        let row = y - (area.y + 2)
        let start = TextLayout.pageStart(
            selected: state.picker.index, visible: area.height - 2, count: state.entries.count)
        if row >= 0, start + row < state.entries.count { state.picker.index = start + row }
        return []
    }
}
