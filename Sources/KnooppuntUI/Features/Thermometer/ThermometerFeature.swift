import Foundation
import KnooppuntModel

extension ScreenKind {
    static let thermometer = ScreenKind("thermometer")
}

/// Screen 7, the relatie-thermometer: the shared view shows only totals per group and round; `a`
/// lets one member answer privately.
enum ThermometerFeature: PrivateEntryFeature {
    typealias Dialog = ThermometerDialog

    static let kind = ScreenKind.thermometer
    static let tab: ScreenTab? = ScreenTab(
        key: "7", short: \.tabThermo, long: \.thermometer,
        help: \.relationshipThermometerThermometer2)

    static func title(_ state: AppState) -> String {
        state.words.relationshipThermometer
    }

    static func entryBindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding(
                "↑ ↓ j k", words.chooseAStatement,
                status: words.statement, keys: "↑↓", rank: 0),
            KeyBinding(
                "← → 1-5", words.giveAScore, status: "score", keys: "1-5", rank: 1),
        ]
    }

    static func sharedBindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            answerBinding(state),
            KeyBinding(
                "g ← →", words.anotherGroup, status: words.group, keys: "g", rank: 1),
            KeyBinding("n", words.newGroup, status: words.new, rank: 2),
            earlierDateBinding(state),
            KeyBinding("↑ ↓ j k", words.scrollTheRounds),
            .statusOnly("?", words.help, rank: 3),
        ]
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        let group = App.currentThermometerGroup(state)
        let view = ThermometerView(group: group, context: state.context)
        if let entry = state.thermometer.entry {
            ThermometerEntryView(entry: entry, groupName: view.groupName(), context: state.context)
                .render(into: &grid, area: area)
            return
        }
        var lines = view.heading()
        let groups = App.thermometerGroups(state)
        if groups.count > 1 {
            let names = groups.enumerated().map { i, g in
                let name = ThermometerView(group: g, context: state.context).groupName()
                return i == state.thermometer.group ? "[\(name)]" : name
            }
            lines.append(
                (state.words.groupsG + names.joined(separator: "  "), state.theme.muted))
        }
        lines.append(("", .plain))
        let rounds = view.lines(width: area.width)
        let scroll = min(state.thermometer.scroll, max(0, rounds.count - 1))
        lines += rounds.dropFirst(scroll)
        for (i, (text, style)) in lines.prefix(area.height).enumerated() {
            grid.put(
                TextLayout.fit(text, width: area.width), x: area.x, y: area.y + i, style: style, clip: area)
        }
    }

    /// `E`: the group on screen as a page, totals only.
    static func exportRequest(_ state: AppState) -> ExportRequest? {
        .thermometer(group: App.currentThermometerGroup(state).name)
    }

    static func reconcile(_ state: inout AppState) {
        state.thermometer.group = max(0, min(state.thermometer.group, App.thermometerGroups(state).count - 1))
    }

}
