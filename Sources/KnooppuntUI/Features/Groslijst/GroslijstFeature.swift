import Foundation
import KnooppuntModel

extension ScreenKind {
    static let groslijst = ScreenKind("groslijst")
}

/// One person's groslijst, reached with `g` from their ecogram on screen 3: contacts they have and
/// would like, marked and annotated; a contact becomes a schakel of a network analysis with `s`.
enum GroslijstFeature: SubScreenFeature {
    static let kind = ScreenKind.groslijst
    static var returnTo: WritableKeyPath<AppState, ScreenKind> { \.groslijst.returnTo }

    static func title(_ state: AppState) -> String { state.words.longList }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding(
                "a", words.addAContactNow, status: words.contact, rank: 0),
            KeyBinding(
                "w", words.addAWishedForContact, status: words.wish,
                rank: 1),
            KeyBinding(
                "s", words.makeALinkInANetwork,
                status: words.link, rank: 2),
            KeyBinding(
                "+ -", words.positiveNegative, status: words.mark, rank: 4),
            KeyBinding("n Enter", words.noteMeeting, status: words.noteMeeting, keys: "n", rank: 5),
            KeyBinding("g", words.switchNowWishedFor),
            KeyBinding("e", words.areaSectionSchoolOutside),
            KeyBinding("x Del", words.takeOffTheList),
            KeyBinding(
                "p", words.someoneElseSList, status: words.person,
                rank: 6),
            KeyBinding("!", words.showNegativesAndNotes),
            KeyBinding("↑ ↓ j k", words.chooseAContact),
            KeyBinding("Esc", words.back, status: words.back, rank: 3),
            .statusOnly("?", words.help, rank: 7),
        ]
    }

    /// `g` on an ecogram: the list of the person in its centre.
    static func enterFromEcogram(_ state: inout AppState) -> [Effect] {
        guard let e = state.networks.ecogram(state.section) else {
            return state.refuse(state.words.createAnEcogramFirstWithN)
        }
        guard let person = e.centre.personID, state.section.person(person) != nil else {
            state.say(
                state.words.theCentreIsNotAMember,
                error: true)
            return []
        }
        return enter(&state, owner: person)
    }

    /// The list of `owner` (from their ecogram or from 5 Mensen).
    static func enter(_ state: inout AppState, owner: UUID) -> [Effect] {
        if state.groslijst.ownerID != owner {
            state.groslijst.ownerID = owner
            state.groslijst.selected = 0
        }
        return enter(&state)
    }

    static func reconcile(_ state: inout AppState) {
        if let owner = state.groslijst.ownerID, state.section.person(owner) == nil {
            state.groslijst.ownerID = nil
        }
        let count = App.groslijstView(state)?.visible.count ?? 0
        state.groslijst.selected = max(0, min(state.groslijst.selected, count - 1))
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? { App.groslijstKey(&state, key) }

    /// Leaving hides what `!` showed, as the network screens forget nothing else but this should not
    /// stay revealed for the next person who opens the list.
    static func leave(_ state: inout AppState, effects: inout [Effect]) -> Bool {
        state.groslijst.revealSensitive = false
        return true
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        let lines: [(String, Style)] =
            App.groslijstView(state)?.lines() ?? [
                (state.words.longList, state.theme.title),
                (
                    state.words.chooseWhoseListPOrOpen,
                    state.theme.muted
                ),
            ]
        InterventiesFeature.draw(lines, into: &grid, area: area)
    }
}
