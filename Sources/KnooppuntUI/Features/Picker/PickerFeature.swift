import Foundation
import KnooppuntModel

extension ScreenKind {
    static let picker = ScreenKind("picker")
}

/// The section picker, shown while no section is open: the sections with their counts, and files that
/// do not read with their one-line error.
enum PickerFeature: ListFeature {
    static let kind = ScreenKind.picker

    static func title(_ state: AppState) -> String { state.words.sections }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding("↑ ↓ j k", words.selectASection),
            KeyBinding("Enter", words.open3, status: words.open3, rank: 0),
            KeyBinding("n", words.newSection, status: words.new, rank: 1),
            KeyBinding("r", words.rename, status: words.renamePicker, rank: 2),
            KeyBinding("s", words.schoolAndSchoolYearOpenSection),
            KeyBinding("g", words.refreshTheList),
            .statusOnly("?", words.help, rank: 3),
            .statusOnly("q", words.quit, rank: 4),
        ]
    }

    /// The keys that work everywhere while no section is open.
    static func globalBindings(_ state: AppState) -> [KeyBinding] {
        [KeyBinding("?", state.words.thisHelp), KeyBinding("q", state.words.quitPicker)]
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? { App.pickerKey(&state, key) }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        App.renderPicker(state, into: &grid, area: area)
    }

    static var selection: WritableKeyPath<AppState, Int> { \.picker.index }
    static var headingRows: Int { 2 }
    static func count(_ state: AppState) -> Int { state.entries.count }
}
