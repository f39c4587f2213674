import Foundation
import KnooppuntModel

extension ScreenKind {
    static let networks = ScreenKind("networks")
}

/// Screen 3: ecograms and network analyses (see docs/METHOD.md, "Netwerkanalyse and ecogram").
enum NetworksFeature: PictureFeature {
    static let kind = ScreenKind.networks
    static let tab: ScreenTab? = ScreenTab(
        key: "3", short: \.networksNetworks,
        long: \.networks,
        help: \.networksNetworks2)

    /// Capitals put relation letters on ecogram ties (K G E R and the section's own letters, any but
    /// L), so `R` cannot also reload here; `o` (opnieuw inlezen) does.
    static var reloadKey: Character { "o" }

    static func title(_ state: AppState) -> String { state.words.networks }

    /// The arrows choose by what is seen, so the screen is told where it is drawn (the same area
    /// `render` and `click` get); `s` on a schakel opens its story.
    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        state.networks.area = Rect(x: 1, y: 1, width: state.width - 2, height: state.height - 2)
        let screen = state.networks
        if !screen.isEditingText, !screen.awaitingPosition, screen.kind == .analysis,
            event == .key(.character("s"))
        {
            return askStory(&state)
        }
        return handlePictureKeys(&state, event)
    }

    static func askStory(_ state: inout AppState) -> [Effect] {
        guard let a = state.networks.analysis(state.section), let sel = state.networks.view.selected,
            let s = a.schakel(sel)
        else {
            state.say(state.words.selectALinkPersonFirstTo)
            return []
        }
        App.ask(
            &state, NetworksDialog.story(analysis: a.id, schakel: s.id),
            title: state.words.storyFor(value: AnalysisPicture.name(of: s, in: state.section)),
            hint: state.words.howToApproachThisPersonThe,
            text: s.story, multiline: true)
        return []
    }

    static func answerStory(_ state: inout AppState, analysis aid: UUID, schakel sid: UUID, _ text: String)
        -> [Effect]
    {
        let analyses = state.section.networks.analyses
        guard let a = analyses.firstIndex(where: { $0.id == aid }),
            let s = analyses[a].schakels.firstIndex(where: { $0.id == sid })
        else { return [] }
        let story = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard story != analyses[a].schakels[s].story else { return [] }
        return App.change(
            &state,
            message: story.isEmpty
                ? state.words.storyRemoved
                : state.words.storySaved
        ) { section in
            section.networks.analyses[a].schakels[s].story = story
            return true
        }
    }

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
