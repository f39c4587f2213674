import Foundation
import KnooppuntModel

extension ScreenKind {
    static let interventies = ScreenKind("interventies")
}

/// The interventions of a sociogram measurement, reached with `A` from screen 4: add, change, mark
/// done and remove them, and read them beside what changed by the next measurement.
enum InterventiesFeature: SubScreenFeature {
    static let kind = ScreenKind.interventies
    static var returnTo: WritableKeyPath<AppState, ScreenKind> { \.interventies.returnTo }

    static func title(_ state: AppState) -> String { state.words.interventionsInterventies }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding(
                "a", words.agreeAnIntervention, status: words.new, rank: 0),
            KeyBinding(
                "e Enter", words.changeWhatWhoWhen,
                status: words.change, keys: "e", rank: 1),
            KeyBinding(
                "spatie d", words.doneOnOff, status: words.doneInterventies2, keys: "d",
                rank: 2),
            KeyBinding("x Del", words.removeInterventies, status: words.remove, keys: "x", rank: 4),
            KeyBinding("↑ ↓ j k", words.chooseAnIntervention),
            KeyBinding("← → h l", words.anotherMeasurement),
            KeyBinding(
                "Esc", words.backToTheSociogram, status: words.back,
                rank: 3),
            .statusOnly("?", words.help, rank: 5),
        ]
    }

    /// `E`: the interventions of every measurement as a page.
    static func exportRequest(_ state: AppState) -> ExportRequest? { .interventies }

    static func reconcile(_ state: inout AppState) {
        let count = App.currentInterventions(state).count
        state.interventies.selected = max(0, min(state.interventies.selected, count - 1))
    }

    /// Lines as wrapped rows; a list longer than the area scrolls so the selected item (the row with
    /// "▸") stays in sight.
    static func draw(_ lines: [(String, Style)], into grid: inout Grid, area: Rect) {
        let all = lines.flatMap { line in rows(line.0, width: area.width).map { ($0, line.1) } }
        let selected = all.firstIndex { $0.0.hasPrefix("▸") } ?? 0
        let top = max(0, min(selected - (area.height - 3), all.count - area.height))
        for (k, (text, style)) in all.dropFirst(top).prefix(area.height).enumerated() {
            grid.put(
                TextLayout.fit(text, width: area.width), x: area.x, y: area.y + k, style: style, clip: area)
        }
    }

    /// One line on screen rows: a long line wraps under its own text (past the "▸ 1. " of a list
    /// item), so an item reads as one block.
    static func rows(_ text: String, width: Int) -> [String] {
        if text.isEmpty { return [""] }
        if DisplayWidth.of(text) <= width { return [text] }
        let lead = text.prefix { $0 == " " || $0 == "▸" }.count
        let hang = lead == 0 ? 0 : lead + (text.dropFirst(lead).first?.isNumber == true ? 3 : 2)
        let parts = TextLayout.wrap(String(text.dropFirst(lead)), width: max(10, width - hang))
        return parts.enumerated().map { n, part in
            (n == 0 ? String(text.prefix(lead)) : String(repeating: " ", count: hang)) + part
        }
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        App.interventiesKey(&state, key)
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        var lines: [(String, Style)]
        if let (s, m) = App.interventionTarget(state) {
            var context = state.context
            // The agreements are made together, in front of the section: a shared screen.
            context.sharedScreen = true
            lines = InterventionsView(
                section: state.section, sociogram: s, measurement: m, context: context,
                selected: state.interventies.selected
            ).lines()
        } else {
            lines = [
                (state.words.interventionsInterventies, state.theme.title),
                (
                    state.words.firstASociogramWithAMeasurementScreen,
                    state.theme.muted
                ),
            ]
        }
        InterventiesFeature.draw(lines, into: &grid, area: area)
    }
}
