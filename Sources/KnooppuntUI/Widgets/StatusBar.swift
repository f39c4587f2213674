import Foundation
import KnooppuntModel

/// The bottom line: the last message, or the current screen's main keys; and the save mark.
enum StatusBar {
    static func render(_ state: AppState, into grid: inout Grid) {
        let theme = state.theme
        let y = grid.height - 1
        grid.put(String(repeating: " ", count: grid.width), x: 0, y: y, style: theme.statusBar)
        var saveMark = ""
        if state.open != nil {
            if state.readOnly {
                saveMark = state.words.readOnlyWidgets
            } else if state.conflict != nil {
                saveMark = state.words.conflict
            } else if App.typingNotSaved(state) {
                // Typed text reaches the file when the field is left or on the clock's autosave.
                saveMark = state.words.typing
            } else if state.saveInFlight || state.unsavedChange {
                saveMark = state.words.saving
            } else {
                saveMark = state.words.saved
            }
        }
        let markWidth = DisplayWidth.of(saveMark) + 2
        let reload = App.reloadKey(state)
        let conflictNote = state.conflict.map { _ in
            state.words.theFileWasChangedElsewhereNothing(reload: reload)
        }
        if let status = state.status ?? conflictNote {
            var style = (state.statusIsError || state.status == nil) ? theme.warning : theme.message
            style.reverse = !state.options.color
            grid.put(
                " " + TextLayout.truncate(status, width: grid.width - markWidth - 2), x: 0, y: y, style: style
            )
        } else {
            var keys = App.mainKeys(state).map { "\($0.keys) \($0.action)" }.joined(separator: "  ")
            if !state.filter.isEmpty, state.open != nil, ScreenRegistry.feature(state.screen).usesFilter {
                keys =
                    state.words.filterEscClears(filter: state.filter) + keys
            }
            grid.put(
                " " + TextLayout.truncate(keys, width: grid.width - markWidth - 2), x: 0, y: y,
                style: theme.statusBar)
        }
        if !saveMark.isEmpty {
            grid.put(
                saveMark + " ", x: grid.width - markWidth + 1, y: y,
                style: state.conflict != nil ? theme.warning : theme.statusBar)
        }
    }
}
