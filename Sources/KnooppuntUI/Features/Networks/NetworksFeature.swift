import Foundation
import KnooppuntModel

extension ScreenKind {
    static let networks = ScreenKind("networks")
}

/// Screen 3: ecograms and network analyses (see docs/METHOD.md, "Netwerkanalyse and ecogram").
enum NetworksFeature: PictureFeature {
    static let kind = ScreenKind.networks
    static let tab: ScreenTab? = ScreenTab(
        key: "3", short: { $0 == .nl ? "Netwerk" : "Networks" },
        long: { $0 == .nl ? "Netwerken" : "Networks" },
        help: { $0 == .nl ? "netwerken" : "networks" })

    static func title(_ state: AppState) -> String { state.t("Netwerken", "Networks") }

    /// The ecogram or network analysis on screen, as a picture.
    static func exportRequest(_ state: AppState) -> ExportRequest? {
        let index = state.networks.currentIndex
        switch state.networks.kind {
        case .ecogram:
            return state.section.networks.ecograms.indices.contains(index) ? .ecogram(index: index) : nil
        case .analysis:
            return state.section.networks.analyses.indices.contains(index) ? .analysis(index: index) : nil
        }
    }

    static var screen: WritableKeyPath<AppState, NetworksScreen> { \.networks }

    /// `g` on an ecogram opens the groslijst of the person in its centre; every other event goes to
    /// the screen. (`handle`, in NetworksDialog, first takes the keys about a whole picture.)
    static func handleGroslijstOrScreen(_ state: inout AppState, _ event: Event) -> [Effect]? {
        if !state.networks.isEditingText, state.networks.kind == .ecogram, case .key(.character("g")) = event
        {
            return GroslijstFeature.enterFromEcogram(&state)
        }
        return handleOnScreen(&state, event)
    }
}
