import Foundation
import KnooppuntModel

/// `L` on a sociogram: a fresh stress layout, inline for a small team and in the background for a large
/// one, where it takes seconds (the result is saved when it is taken in, see `takeFinishedWork`).
enum SociogramFreshLayout {
    struct Key: Hashable, Sendable {
        var members: [UUID]
        var choices: [[SociogramChoice]]

        func hash(into hasher: inout Hasher) {
            SociogramMemo.sketch(members, into: &hasher)
            for list in choices { SociogramMemo.sketch(list, into: &hasher) }
        }
    }

    private static let work = BackgroundWork<Key, SavedLayout>(capacity: 2)

    private static func key(_ s: Sociogram) -> Key {
        Key(members: s.memberIDs, choices: s.measurements.map(\.choices))
    }

    /// The fresh layout if it is ready (always for a small sociogram); otherwise it is started.
    static func layout(_ s: Sociogram) -> SavedLayout? {
        work.value(for: key(s), inline: !SociogramMemo.isLarge(s)) { SociogramPicture.freshLayout(s) }
    }

    enum Progress { case running, done(SavedLayout), gone }

    /// Where the layout of `L` is for the network as it is now, without starting anything: `gone` when
    /// the network changed since `L` (that result was for another network and is dropped).
    static func progress(_ s: Sociogram) -> Progress {
        let k = key(s)
        if let done = work.ready(k) { return .done(done) }
        return work.isRunning(k) ? .running : .gone
    }
}

extension SociogramScreen {
    /// The line the picture shows while a large sociogram's layout or figures are computed.
    static func progressLine(_ s: Sociogram, _ c: ScreenContext) -> String {
        let seconds = BackgroundActivity.busySeconds.map { Int($0) } ?? 0
        let people = s.memberIDs.count
        return c.words.workingComputingTheLayoutAndFigures(people: people, seconds: seconds)
    }

    static func computingMessage(_ c: ScreenContext) -> String {
        c.words.thisHappensInTheBackgroundKeys
    }
}

extension SociogramFeature {
    /// Background work that finished and changes the section: the fresh layout of `L` is saved as a
    /// change like any other (undo, save). Called on every clock tick and when a background job ends.
    static func takeFinishedWork(_ state: inout AppState) -> [Effect] {
        guard state.sociogram.freshLayoutPending, let open = state.open else { return [] }
        let index = state.sociogram.index
        guard open.section.networks.sociograms.indices.contains(index) else {
            state.sociogram.freshLayoutPending = false
            return []
        }
        let s = open.section.networks.sociograms[index]
        let fresh: SavedLayout
        switch SociogramFreshLayout.progress(s) {
        case .running: return []
        case .gone:
            state.sociogram.freshLayoutPending = false
            state.say(state.words.theSociogramChangedWhileComputingL)
            return []
        case .done(let layout): fresh = layout
        }
        state.sociogram.freshLayoutPending = false
        state.sociogram.view.zoom = 1
        state.sociogram.view.pan = .zero
        state.say(state.words.newLayoutComputedAndSaved)
        return App.change(&state) { section in
            guard section.networks.sociograms[index].layout != fresh else { return false }
            section.networks.sociograms[index].layout = fresh
            return true
        }
    }
}
