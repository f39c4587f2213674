import Foundation
import KnooppuntModel

extension ScreenKind {
    static let dimensies = ScreenKind("dimensies")
}

/// Screen 8, the dimensieraamwerk: per indicator one dot per member, without names, and the reminder
/// that it is a conversation tool; `a` lets one member place their crosses privately.
enum DimensiesFeature: PrivateEntryFeature {
    typealias Dialog = DimensiesDialog

    static let kind = ScreenKind.dimensies
    static let tab: ScreenTab? = ScreenTab(
        key: "8", short: \.tabDims, long: \.tabDimensies,
        help: \.dimensionsOfLearning)

    static func title(_ state: AppState) -> String {
        state.words.dimensionsOfSocialLearning
    }

    static func entryBindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding(
                "↑ ↓ j k", words.chooseAnIndicator, status: "indicator", keys: "↑↓",
                rank: 0),
            KeyBinding(
                "← → 0-9 Home End", words.placeTheCross010,
                status: words.cross, keys: "←→", rank: 1),
        ]
    }

    static func sharedBindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            answerBinding(state),
            KeyBinding(
                "↑ ↓ j k", words.chooseAnIndicatorPolesBelow,
                status: "indicator", keys: "↑↓", rank: 1),
            KeyBinding("← → h l", words.olderAndNewerRounds),
            earlierDateBinding(state),
            .statusOnly("?", words.help, rank: 2),
        ]
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        if let entry = state.dimensies.entry {
            DimensiesEntryView(entry: entry, context: state.context).render(into: &grid, area: area)
            return
        }
        let view = DimensiesView(rounds: state.section.instruments.dimensionRounds, context: state.context)
        let summaries = view.summaries
        // The round chosen with ← →, the latest by default; its change is against the round before it.
        let shown =
            summaries.isEmpty ? nil : min(state.dimensies.round ?? summaries.count - 1, summaries.count - 1)
        let latest = shown.map { summaries[$0] }
        let previous = shown.flatMap { $0 > 0 ? summaries[$0 - 1].date : nil }
        var lines = view.heading(latest, previous: previous)
        let indicators = DimensionIndicator.allCases
        let selected = indicators[max(0, min(state.dimensies.indicator, indicators.count - 1))]
        if let latest {
            lines += view.roundLines(latest, width: area.width, selected: selected)
        } else {
            lines.append(("", .plain))
            lines.append(
                (
                    state.words.noRoundsYetAAnswerPrivately,
                    state.theme.muted
                ))
        }
        let poles = view.poleLines(selected, width: area.width)
        for (i, (text, style)) in lines.prefix(max(0, area.height - poles.count - 1)).enumerated() {
            grid.put(
                TextLayout.fit(text, width: area.width), x: area.x, y: area.y + i, style: style, clip: area)
        }
        for (i, (text, style)) in poles.enumerated() {
            let y = area.maxY - poles.count + i
            grid.put(TextLayout.fit(text, width: area.width), x: area.x, y: y, style: style, clip: area)
        }
    }

    /// `E`: every round as a page, crosses counted per place, no names.
    static func exportRequest(_ state: AppState) -> ExportRequest? { .dimensies }

}
