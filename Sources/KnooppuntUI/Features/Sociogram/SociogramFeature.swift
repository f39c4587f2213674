import Foundation
import KnooppuntModel

extension ScreenKind {
    static let sociogram = ScreenKind("sociogram")
}

/// Screen 4: the sociogram with its picture, figures and sociomatrix as sub-views of one feature (see
/// docs/METHOD.md, "The sociogram").
enum SociogramFeature: ScreenFeature {
    static let kind = ScreenKind.sociogram
    static let tab: ScreenTab? = ScreenTab(key: "4", short: { _ in "Sociogram" }, help: { _ in "sociogram" })

    static func title(_ state: AppState) -> String { "Sociogram" }

    /// The first five keys also stand on the status line.
    static func bindings(_ state: AppState) -> [KeyBinding] {
        App.withStatusLine(state.sociogram.keyHelp(state.context), state)
    }

    static func isEditingText(_ state: AppState) -> Bool { state.sociogram.isEditingText }

    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        App.networkScreen(&state, event: event, sociogram: true)
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        state.sociogram.render(state.section, into: &grid, area: area, context: state.context)
    }

    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        App.networkScreen(
            &state, event: .mouse(MouseEvent(x: x, y: y, action: .press)), sociogram: true, drawnIn: area)
            ?? []
    }
}
