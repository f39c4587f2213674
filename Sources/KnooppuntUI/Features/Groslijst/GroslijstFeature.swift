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

    static func title(_ state: AppState) -> String { state.t("Groslijst", "Long list") }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let t = state.t
        return [
            KeyBinding(
                "a", t("contact erbij (nu)", "add a contact (now)"), status: t("contact", "contact"), rank: 0),
            KeyBinding(
                "w", t("gewenst contact erbij", "add a wished-for contact"), status: t("gewenst", "wish"),
                rank: 1),
            KeyBinding(
                "s", t("schakel maken in een netwerkanalyse", "make a link in a network analysis"),
                status: t("schakel", "link"), rank: 2),
            KeyBinding(
                "+ -", t("positief / negatief", "positive / negative"), status: t("markeer", "mark"), rank: 4),
            KeyBinding("n Enter", t("notitie", "note"), status: t("notitie", "note"), keys: "n", rank: 5),
            KeyBinding("g", t("nu / gewenst wisselen", "switch now / wished for")),
            KeyBinding("e", t("gebied (sectie, school, buiten)", "area (section, school, outside)")),
            KeyBinding("x Del", t("van de lijst halen", "take off the list")),
            KeyBinding(
                "p", t("groslijst van iemand anders", "someone else's list"), status: t("persoon", "person"),
                rank: 6),
            KeyBinding("!", t("negatief en notities tonen", "show negatives and notes")),
            KeyBinding("↑ ↓ j k", t("contact kiezen", "choose a contact")),
            KeyBinding("Esc", t("terug", "back"), status: t("terug", "back"), rank: 3),
            .statusOnly("?", t("hulp", "help"), rank: 7),
        ]
    }

    /// `g` on an ecogram: the list of the person in its centre.
    static func enterFromEcogram(_ state: inout AppState) -> [Effect] {
        guard let e = state.networks.ecogram(state.section) else {
            state.say(
                state.t("Maak eerst een ecogram met n.", "Create an ecogram first with n."), error: true)
            return []
        }
        guard let person = e.centre.personID, state.section.person(person) != nil else {
            state.say(
                state.t(
                    "In het midden staat geen collega van de sectie; een groslijst is van een persoon (5 Mensen, g).",
                    "The centre is not a member of the section; a long list belongs to a person (5 People, g)."
                ),
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
                (state.t("Groslijst", "Long list"), state.theme.title),
                (
                    state.t(
                        "Kies wiens groslijst: p. Of open hem met g vanuit iemands ecogram (scherm 3).",
                        "Choose whose list: p. Or open it with g from someone's ecogram (screen 3)."),
                    state.theme.muted
                ),
            ]
        InterventiesFeature.draw(lines, into: &grid, area: area)
    }
}
