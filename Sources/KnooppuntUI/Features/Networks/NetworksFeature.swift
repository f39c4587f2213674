import Foundation
import KnooppuntModel

extension ScreenKind {
    static let networks = ScreenKind("networks")
}

/// Screen 3: ecograms and network analyses (see docs/METHOD.md, "Netwerkanalyse and ecogram").
enum NetworksFeature: ScreenFeature {
    static let kind = ScreenKind.networks
    static let tab: ScreenTab? = ScreenTab(
        key: "3", short: { $0 == .nl ? "Netwerk" : "Networks" },
        long: { $0 == .nl ? "Netwerken" : "Networks" },
        help: { $0 == .nl ? "netwerken" : "networks" })

    static func title(_ state: AppState) -> String { state.t("Netwerken", "Networks") }

    /// The first five keys also stand on the status line.
    static func bindings(_ state: AppState) -> [KeyBinding] {
        App.withStatusLine(state.networks.keyHelp(state.context), state)
    }

    static func isEditingText(_ state: AppState) -> Bool { state.networks.isEditingText }

    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        App.networkScreen(&state, event: event, sociogram: false)
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        state.networks.render(state.section, into: &grid, area: area, context: state.context)
    }

    static func click(_ state: inout AppState, x: Int, y: Int, area: Rect) -> [Effect] {
        App.networkScreen(
            &state, event: .mouse(MouseEvent(x: x, y: y, action: .press)), sociogram: false, drawnIn: area)
            ?? []
    }
}
