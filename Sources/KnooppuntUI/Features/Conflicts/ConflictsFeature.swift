import Foundation
import KnooppuntModel

extension ScreenKind {
    static let conflicts = ScreenKind("conflicts")
}

/// Where the open conflicts of a merge wait for a person: per conflict the place, the value the
/// section holds, the other value with where and when it came from; keep one, and it is decided.
struct ConflictsState: Hashable, Sendable {
    /// The selected conflict, by id (the list shrinks as conflicts are decided).
    var selected: UUID?
    var returnTo: ScreenKind = .board
}

enum ConflictsFeature: SubScreenFeature {
    static let kind = ScreenKind.conflicts
    static var returnTo: WritableKeyPath<AppState, ScreenKind> { \.conflicts.returnTo }

    static func title(_ state: AppState) -> String { state.words.conflicts }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding(
                "↑ ↓ j k", words.conflictConflicts, status: words.selectMine, keys: "j k", rank: 0),
            KeyBinding(
                "← h Enter", words.keepTheCurrentValue,
                status: words.current, keys: "←", rank: 1),
            KeyBinding(
                "→ l o", words.takeTheOtherValue, status: words.other,
                keys: "→", rank: 2),
            KeyBinding("Esc", words.back, status: words.back, rank: 3),
            .statusOnly("?", words.help, rank: 4),
        ]
    }

    static func reconcile(_ state: inout AppState) {
        let open = state.section.conflicts
        if let id = state.conflicts.selected, open.contains(where: { $0.id == id }) { return }
        state.conflicts.selected = open.first?.id
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let open = state.section.conflicts
        let index = open.firstIndex { $0.id == state.conflicts.selected } ?? 0
        switch key {
        case .up, .character("k"):
            if !open.isEmpty { state.conflicts.selected = open[max(0, index - 1)].id }
        case .down, .character("j"):
            if !open.isEmpty { state.conflicts.selected = open[min(open.count - 1, index + 1)].id }
        case .left, .character("h"), .enter, .right, .character("l"), .character("o"):
            guard open.indices.contains(index) else { return [] }
            let keepOther = key == .right || key == .character("l") || key == .character("o")
            let decided = state.section.resolving(open[index].id, keepOther: keepOther)
            return changeAndReconcile(
                &state, to: decided,
                message: keepOther
                    ? state.words.tookTheOtherValue
                    : state.words.keptTheCurrentValue)
        case .escape:
            return back(&state)
        default:
            return nil
        }
        return []
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        let theme = state.theme
        let open = state.section.conflicts
        grid.put(
            state.words.openConflicts(count: open.count), x: area.x, y: area.y,
            style: theme.title, clip: area)
        guard !open.isEmpty else {
            grid.put(
                state.words.nothingToDecideEveryChangeWas,
                x: area.x, y: area.y + 2, style: theme.muted, clip: area)
            return
        }
        var y = area.y + 2
        let width = area.width
        for c in open where y + 3 < area.maxY {
            let selected = c.id == state.conflicts.selected
            grid.put(
                TextLayout.fit((selected ? "▸ " : "  ") + c.place, width: width), x: area.x, y: y,
                style: selected ? theme.selection : Style.bold, clip: area)
            grid.put(
                TextLayout.fit(state.words.currentConflicts + shown(c.current), width: width),
                x: area.x, y: y + 1, style: .plain, clip: area)
            grid.put(
                TextLayout.fit(
                    state.words.otherConflicts + shown(c.other) + "  (" + c.source + ", " + c.at
                        + ")",
                    width: width), x: area.x, y: y + 2, style: theme.muted, clip: area)
            y += 4
        }
    }

    /// A conflict's JSON value as a reader sees it: a text without its quotes, nothing as "—".
    static func shown(_ json: String) -> String {
        guard let value = try? JSONValue.parse(Data(json.utf8)) else {
            return json
        }
        switch value {
        case .null: return "—"
        case .string(let s): return s.replacingOccurrences(of: "\n", with: " ⏎ ")
        default: return json
        }
    }
}
