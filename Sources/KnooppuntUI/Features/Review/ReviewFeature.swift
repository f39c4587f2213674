import Foundation
import KnooppuntModel

extension ScreenKind {
    static let review = ScreenKind("review")
}

/// Screen 9, the half-year review: one page to look back on together, read-only.
enum ReviewFeature: ScreenFeature {
    static let kind = ScreenKind.review
    static let tab: ScreenTab? = ScreenTab(
        key: "9", short: \.review, long: \.reviewReview,
        help: \.halfYearReviewReview2)

    static func title(_ state: AppState) -> String { state.words.halfYearReviewReview }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding(
                "↑ ↓ j k PgUp PgDn", words.scroll, status: words.scrollReview, keys: "↑↓",
                rank: 0),
            .statusOnly("?", words.help, rank: 1),
        ]
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let page = max(1, state.height - 4)
        switch key {
        case .down, .character("j"): state.review.scroll += 1
        case .up, .character("k"): state.review.scroll = max(0, state.review.scroll - 1)
        case .pageDown, .character(" "): state.review.scroll += page
        case .pageUp: state.review.scroll = max(0, state.review.scroll - page)
        case .home: state.review.scroll = 0
        default: return nil
        }
        return []
    }

    /// `E`: the review as a page to hand round or print.
    static func exportRequest(_ state: AppState) -> ExportRequest? { .review }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        var context = state.context
        // The review is looked at together: no private notes, whatever the rest of the app shows.
        context.sharedScreen = true
        let lines = ReviewView(section: state.section, context: context).lines(width: area.width)
        let scroll = min(state.review.scroll, max(0, lines.count - area.height))
        for (i, (text, style)) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            grid.put(
                TextLayout.fit(text, width: area.width), x: area.x, y: area.y + i, style: style, clip: area)
        }
    }
}
