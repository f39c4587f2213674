import Foundation
import KnooppuntModel

extension ScreenKind {
    static let picker = ScreenKind("picker")
}

/// The section picker, shown while no section is open: the sections with their counts, and files that
/// do not read with their one-line error.
enum PickerFeature: ListFeature {
    static let kind = ScreenKind.picker

    static func title(_ state: AppState) -> String { state.t("Secties", "Sections") }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let t = state.t
        return [
            KeyBinding("↑ ↓ j k", t("sectie kiezen", "select a section")),
            KeyBinding("Enter", t("openen", "open"), status: t("openen", "open"), rank: 0),
            KeyBinding("n", t("nieuwe sectie", "new section"), status: t("nieuw", "new"), rank: 1),
            KeyBinding("r", t("hernoemen", "rename"), status: t("hernoem", "rename"), rank: 2),
            KeyBinding("s", t("school en schooljaar (open sectie)", "school and school year (open section)")),
            KeyBinding("g", t("lijst verversen", "refresh the list")),
            .statusOnly("?", t("hulp", "help"), rank: 3),
            .statusOnly("q", t("stop", "quit"), rank: 4),
        ]
    }

    /// The keys that work everywhere while no section is open.
    static func globalBindings(_ state: AppState) -> [KeyBinding] {
        [KeyBinding("?", state.t("deze hulp", "this help")), KeyBinding("q", state.t("stoppen", "quit"))]
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? { App.pickerKey(&state, key) }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        App.renderPicker(state, into: &grid, area: area)
    }

    static var selection: WritableKeyPath<AppState, Int> { \.picker.index }
    static var headingRows: Int { 2 }
    static func count(_ state: AppState) -> Int { state.entries.count }
}
