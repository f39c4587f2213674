import Foundation
import KnooppuntModel

extension ScreenKind {
    static let thermometer = ScreenKind("thermometer")
}

/// Screen 7, the relatie-thermometer: the shared view shows only totals per group and round; `a`
/// lets one member answer privately.
enum ThermometerFeature: ScreenFeature {
    static let kind = ScreenKind.thermometer
    static let tab: ScreenTab? = ScreenTab(
        key: "7", short: { _ in "Thermo" }, long: { $0 == .nl ? "Thermometer" : "Thermometer" },
        help: { $0 == .nl ? "relatie-thermometer" : "relationship thermometer" })

    static func title(_ state: AppState) -> String {
        state.t("Relatie-thermometer", "Relationship thermometer")
    }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let t = state.t
        if state.thermometer.entry != nil {
            return [
                KeyBinding(
                    "↑ ↓ j k", t("uitspraak kiezen", "choose a statement"),
                    status: t("uitspraak", "statement"), keys: "↑↓", rank: 0),
                KeyBinding(
                    "← → 1-5", t("score geven", "give a score"), status: "score", keys: "1-5", rank: 1),
                KeyBinding(
                    "Enter", t("bewaren zonder naam", "save without your name"), status: t("bewaar", "save"),
                    rank: 2),
                KeyBinding(
                    "Esc", t("stoppen zonder bewaren", "stop without saving"), status: t("stop", "stop"),
                    rank: 3),
            ]
        }
        return [
            KeyBinding(
                "a Enter", t("privé invullen (wie ben je?)", "answer privately (who are you?)"),
                status: t("invullen", "answer"), keys: "a", rank: 0),
            KeyBinding(
                "g ← →", t("andere groep", "another group"), status: t("groep", "group"), keys: "g", rank: 1),
            KeyBinding("n", t("nieuwe groep", "new group"), status: t("nieuw", "new"), rank: 2),
            KeyBinding("d", t("invullen voor een eerdere datum", "answer for an earlier date")),
            KeyBinding("↑ ↓ j k", t("rondes schuiven", "scroll the rounds")),
            .statusOnly("?", t("hulp", "help"), rank: 3),
        ]
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        App.thermometerKey(&state, key)
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

    /// Leaving the screen ends a private entry without saving, so nobody's scores stay on screen.
    static func leave(_ state: inout AppState, effects: inout [Effect]) -> Bool {
        state.thermometer.entry = nil
        return true
    }
}
