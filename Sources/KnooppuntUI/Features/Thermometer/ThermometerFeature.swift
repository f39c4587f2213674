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
        key: "7", short: { _ in "Thermo" }, long: { $0 == .nl ? "Thermometer" : "Thermometer" },
        help: { $0 == .nl ? "relatie-thermometer" : "relationship thermometer" })

    static func title(_ state: AppState) -> String {
        state.t("Relatie-thermometer", "Relationship thermometer")
    }

    static func entryBindings(_ state: AppState) -> [KeyBinding] {
        let t = state.t
        return [
            KeyBinding(
                "↑ ↓ j k", t("uitspraak kiezen", "choose a statement"),
                status: t("uitspraak", "statement"), keys: "↑↓", rank: 0),
            KeyBinding(
                "← → 1-5", t("score geven", "give a score"), status: "score", keys: "1-5", rank: 1),
        ]
    }

    static func sharedBindings(_ state: AppState) -> [KeyBinding] {
        let t = state.t
        return [
            answerBinding(state),
            KeyBinding(
                "g ← →", t("andere groep", "another group"), status: t("groep", "group"), keys: "g", rank: 1),
            KeyBinding("n", t("nieuwe groep", "new group"), status: t("nieuw", "new"), rank: 2),
            earlierDateBinding(state),
            KeyBinding("↑ ↓ j k", t("rondes schuiven", "scroll the rounds")),
            .statusOnly("?", t("hulp", "help"), rank: 3),
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
                (state.t("Groepen (g): ", "Groups (g): ") + names.joined(separator: "  "), state.theme.muted))
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
