import Foundation
import KnooppuntModel

/// The shell's own keys, and the help and status line of the current screen, all derived from the
/// registry and the screens' bindings.
extension App {
    static func globalKeyHelp(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        guard state.open != nil else { return PickerFeature.globalBindings(state) }
        let language = state.options.language
        let tabs = ScreenRegistry.tabbed.compactMap { $0.tab }
        let digits = tabs.filter { $0.key.isNumber }
        let others = tabs.filter { !$0.key.isNumber }
        var bindings: [KeyBinding] = []
        if let first = digits.first, let last = digits.last {
            bindings.append(
                KeyBinding(
                    "\(first.key) … \(last.key)",
                    // Below 120 columns the help box is narrow: the names on the tabs there, in
                    // lower case, keep the line short enough that no key is cut from the help.
                    digits.map {
                        state.width >= 120 ? $0.helpText(language) : $0.shortText(language).lowercased()
                    }
                    .joined(separator: ", ")))
        }
        bindings += others.map { KeyBinding(String($0.key), $0.helpText(language)) }
        return bindings + [
            KeyBinding("Tab ⇧Tab", words.nextPreviousScreen),
            KeyBinding("E", words.export),
            // Undo and redo share a line, so that every key still fits the 80×24 help.
            KeyBinding("u Ctrl-R", words.undoRedo),
            KeyBinding("Ctrl-P", words.initialsOrPseudonyms),
        ]
            + (state.shared
                ? [KeyBinding("F5", words.shareWithColleaguesGit)] : [])
            + (state.section.conflicts.isEmpty
                ? [] : [KeyBinding("C", words.decideOpenConflicts)]) + [
                KeyBinding(String(reloadKey(state)), words.reloadAfterAConflict),
                KeyBinding("S", words.chooseAnotherSection),
                KeyBinding("Esc", words.backOrCancel),
                KeyBinding("? F1", words.thisHelp),
                KeyBinding("q", words.quitAllIsSaved),
                KeyBinding(words.mouse, words.clickSelects),
            ]
    }

    /// The key that reloads the section after a conflict on the current screen.
    static func reloadKey(_ state: AppState) -> Character { currentFeature(state).reloadKey }

    /// The current screen's feature (the picker while no section is open).
    static func currentFeature(_ state: AppState) -> any ScreenFeature.Type {
        state.open == nil ? PickerFeature.self : ScreenRegistry.feature(state.screen)
    }

    /// The current screen's keys as the help overlay lists them.
    static func keyHelp(_ state: AppState) -> [KeyBinding] { currentFeature(state).bindings(state).help }

    /// The few keys the status line shows when there is no message.
    static func mainKeys(_ state: AppState) -> [KeyBinding] {
        currentFeature(state).bindings(state).statusLine
    }

    /// The screen's name at the top of the help overlay.
    static func screenTitle(_ state: AppState) -> String { currentFeature(state).title(state) }

    /// A network screen's status line: its first five keys, then help.
    static func withStatusLine(_ bindings: [KeyBinding], _ state: AppState) -> [KeyBinding] {
        var result = bindings
        for i in result.indices.prefix(5) {
            result[i].status = KeyBinding.StatusEntry(keys: result[i].keys, label: result[i].action, rank: i)
        }
        return result + [.statusOnly("?", state.words.help, rank: 5)]
    }
}
