import Foundation
import KnooppuntModel

/// The groslijst screen: whose list, which entry is selected, where to go back to, and whether `!`
/// revealed negative marks and notes.
struct GroslijstState: Hashable, Sendable {
    var ownerID: UUID?
    var selected = 0
    var returnTo: ScreenKind = .networks
    var revealSensitive = false
}

extension App {
    /// The screen's context: a shared screen (it may be projected while an ecogram is discussed),
    /// sensitive data only after `!`.
    static func groslijstContext(_ state: AppState) -> ScreenContext {
        state.context.projected(revealing: state.groslijst.revealSensitive)
    }

    static func groslijstView(_ state: AppState) -> GroslijstView? {
        guard let owner = state.groslijst.ownerID, state.section.person(owner) != nil else { return nil }
        return GroslijstView(
            section: state.section, ownerID: owner, context: groslijstContext(state),
            selected: state.groslijst.selected)
    }

    static func selectedGroslijstEntry(_ state: AppState) -> GroslijstEntry? {
        guard let visible = groslijstView(state)?.visible, visible.indices.contains(state.groslijst.selected)
        else { return nil }
        return visible[state.groslijst.selected]
    }

    static func groslijstKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        if key == .character("p") {
            choosePerson(&state)
            return []
        }
        if key == .escape { return GroslijstFeature.back(&state) }
        guard let owner = state.groslijst.ownerID, state.section.person(owner) != nil else {
            if key == .character("a") || key == .character("w") { choosePerson(&state) }
            return key == .character("a") || key == .character("w") ? [] : nil
        }
        let count = groslijstView(state)?.visible.count ?? 0
        // Messages are worded before `editEntry` takes the state over.
        let words = state.words
        let context = state.context
        switch key {
        case .down, .character("j"), .up, .character("k"):
            state.groslijst.selected = ListPlacement.stepped(state.groslijst.selected, by: key, count: count)
        case .character("!"):
            state.groslijst.revealSensitive.toggle()
            state.groslijst.selected = 0
            state.say(groslijstContext(state).sensitiveMessage(revealed: state.groslijst.revealSensitive))
        case .character("a"), .character("w"):
            let wished = key == .character("w")
            ask(
                &state, GroslijstDialog.newEntry(wished: wished),
                title: wished
                    ? state.words.whomWouldYouLikeAsA
                    : state.words.whoIsAContactOfYours,
                hint: state.words.aNameFromTheSectionOr)
        case .character("n"), .enter:
            guard let e = selectedGroslijstEntry(state) else { return [] }
            guard
                state.groslijst.revealSensitive || !groslijstContext(state).sharedScreen
                    || groslijstContext(state).showSensitive
            else {
                state.say(
                    state.words.notesAreHiddenPressFirst,
                    error: true)
                return []
            }
            ask(
                &state, GroslijstDialog.note(e.id), title: state.words.noteGroslijst,
                hint: state.words.emptyNoNote, text: e.note)
        case .character("+"), .character("-"):
            return editEntry(&state) { e in
                e.positive = key == .character("+")
                return e.positive
                    ? words.markedPositive
                    : words.markedNegativeHiddenOnAShared
            }
        case .character("g"):
            return editEntry(&state) { e in
                e.wished.toggle()
                return e.wished
                    ? words.nowAWishedForContact
                    : words.nowAContactYouHave
            }
        case .character("e"):
            return editEntry(&state) { e in
                e.area = e.area.next
                return words.areaPeople + e.area.name(context.words)
            }
        case .character("s"):
            guard selectedGroslijstEntry(state) != nil else { return [] }
            let analyses = state.section.networks.analyses
            guard !analyses.isEmpty else {
                return state.refuse(state.words.noNetworkAnalysisYetMakeOne)
            }
            choose(
                &state, GroslijstDialog.schakel,
                title: state.words.makeALinkInWhichNetwork,
                options: analyses.map { a in
                    let initiative = a.initiativeID.flatMap { id in
                        state.section.initiatives.first { $0.id == id }?.title
                    }
                    return ChoiceOption(
                        label: a.name + (initiative.map { " (\($0))" } ?? ""), value: .id(a.id))
                })
        case .character("x"), .delete:
            guard let e = selectedGroslijstEntry(state) else { return [] }
            let name = e.shownName(in: state.section)
            confirm(
                &state, state.words.takeOffTheLongList(name: name),
                details: [state.words.uUndoesIt],
                action: GroslijstDialog.remove(e.id))
        default:
            return nil
        }
        return []
    }

    /// Changes the selected entry; `edit` returns the message.
    static func editEntry(_ state: inout AppState, _ edit: (inout GroslijstEntry) -> String) -> [Effect] {
        guard let owner = state.groslijst.ownerID, var e = selectedGroslijstEntry(state) else { return [] }
        let message = edit(&e)
        var section = state.section
        section.instruments.updateGroslijstEntry(e, owner: owner)
        let effects = change(&state, to: section, message: message)
        // Keep the same entry selected when it moved between Nu and Gewenst.
        if let i = groslijstView(state)?.visible.firstIndex(where: { $0.id == e.id }) {
            state.groslijst.selected = i
        }
        return effects
    }

    static func choosePerson(_ state: inout AppState) {
        choosePerson(
            &state, GroslijstDialog.whose, title: state.words.whoseLongList,
            selected: state.groslijst.ownerID)
    }
}
