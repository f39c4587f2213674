import Foundation
import KnooppuntModel

/// Where the user is on the stappenplan board.
struct BoardState: Hashable, Sendable {
    /// Index into the board's stages (0-10, Afgerond, and Losgelaten when shown).
    var column = 0
    var row = 0
    var showDropped = false
    /// The selected initiative by id: undo, a reload or a merge can reorder the board, and the
    /// selection stays on the same card (`column` and `row` are found again from it).
    var selected: UUID?
}

extension App {
    static func boardView(_ state: AppState) -> StappenplanView {
        StappenplanView(
            section: state.section, context: state.context, showDropped: state.board.showDropped,
            filter: state.filter)
    }

    static func selectedInitiative(_ state: AppState) -> Initiative? {
        let view = boardView(state)
        let stages = view.stages
        guard stages.indices.contains(state.board.column) else { return nil }
        let cards = view.cards(stages[state.board.column])
        return cards.indices.contains(state.board.row) ? cards[state.board.row] : nil
    }

    static func clampBoard(_ state: inout AppState) {
        let view = boardView(state)
        state.board.column = max(0, min(state.board.column, view.stages.count - 1))
        let count = view.cards(view.stages[state.board.column]).count
        state.board.row = max(0, min(state.board.row, count - 1))
    }

    /// `/` on the board or the jaaragenda: the two screens share one initiative filter (`usesFilter`).
    static func askFilter(_ state: inout AppState, hint: String) {
        ask(&state, BoardDialog.filter, title: state.words.filterStappenplan, hint: hint, text: state.filter)
    }

    /// Esc while a filter is set, on either screen; the board keeps its selection on one of its cards,
    /// as when a filter is typed.
    static func clearFilter(_ state: inout AppState) {
        state.filter = ""
        clampBoard(&state)
        state.say(state.words.filterCleared)
    }

    /// The selection found again by the initiative's id (after undo, reload or a merge); when the
    /// initiative is gone or filtered out, the nearest card where the selection was.
    static func relocateBoard(_ state: inout AppState) {
        if let id = state.board.selected, let initiative = state.section.initiative(id) {
            let view = boardView(state)
            if let column = view.stages.firstIndex(of: initiative.stage),
                let row = view.cards(view.stages[column]).firstIndex(where: { $0.id == id })
            {
                state.board.column = column
                state.board.row = row
                return
            }
        }
        clampBoard(&state)
        state.board.selected = selectedInitiative(state)?.id
    }

    /// After a move the selection follows the card to its new column.
    static func followToColumn(_ state: inout AppState, stage: Stage, initiative: UUID) {
        if stage == .dropped { state.board.showDropped = true }
        let view = boardView(state)
        guard let column = view.stages.firstIndex(of: stage) else { return }
        state.board.column = column
        var s = state.section
        if let i = s.initiatives.firstIndex(where: { $0.id == initiative }) { s.initiatives[i].stage = stage }
        let cards = StappenplanView(
            section: s, context: state.context, showDropped: state.board.showDropped,
            filter: state.filter
        ).cards(stage)
        state.board.row = cards.firstIndex { $0.id == initiative } ?? 0
        state.board.selected = initiative
    }

    static func boardKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let view = boardView(state)
        switch key {
        case .left, .character("h"):
            state.board.column = max(0, state.board.column - 1)
            state.board.row = min(
                state.board.row, max(0, view.cards(view.stages[state.board.column]).count - 1))
        case .right, .character("l"):
            state.board.column = min(view.stages.count - 1, state.board.column + 1)
            state.board.row = min(
                state.board.row, max(0, view.cards(view.stages[state.board.column]).count - 1))
        case .up, .character("k"):
            state.board.row = max(0, state.board.row - 1)
        case .down, .character("j"):
            state.board.row = min(
                max(0, view.cards(view.stages[state.board.column]).count - 1), state.board.row + 1)
        case .home: state.board.column = 0; state.board.row = 0
        case .end: state.board.column = view.stages.count - 1; state.board.row = 0
        case .enter, .character("e"):
            guard let initiative = selectedInitiative(state) else {
                state.say(state.words.noInitiativeSelectedNCreatesOne)
                return []
            }
            openEditor(&state, initiative.id, field: .title)
        case .character("n"):
            ask(
                &state, BoardDialog.newInitiative(stage: .step(0)),
                title: state.words.newInitiativeStappenplan,
                hint: state.words.nameOfTheInitiativeStartsAt)
        case .character(">"):
            guard let initiative = selectedInitiative(state) else { return sayEmptyColumn(&state) }
            return requestMove(&state, initiative, .next)
        case .character("<"):
            guard let initiative = selectedInitiative(state) else { return sayEmptyColumn(&state) }
            return requestMove(&state, initiative, .back)
        case .character("s"):
            guard let initiative = selectedInitiative(state) else { return sayEmptyColumn(&state) }
            chooseStage(&state, initiative)
        case .character("d"), .delete:
            guard let initiative = selectedInitiative(state) else { return sayEmptyColumn(&state) }
            confirm(
                &state,
                state.words.deleteTheInitiativeAndItsPlaces(title: initiative.title),
                action: BoardDialog.deleteInitiative(initiative.id))
        case .character("z"):
            state.board.showDropped.toggle()
            clampBoard(&state)
            state.say(
                state.board.showDropped
                    ? state.words.droppedInitiativesShown
                    : state.words.droppedInitiativesHidden)
        case .character("/"):
            askFilter(&state, hint: state.words.partOfATitleOrName)
        case .escape where !state.filter.isEmpty:
            clearFilter(&state)
        case .character("p"):
            guard let initiative = selectedInitiative(state) else { return sayEmptyColumn(&state) }
            return planAgenda(&state, initiative: initiative.id)
        default:
            return nil
        }
        return []
    }

    /// A key that acts on a card, pressed where there is none: say why nothing happens.
    static func sayEmptyColumn(_ state: inout AppState) -> [Effect] {
        let view = boardView(state)
        let stage = view.stages.indices.contains(state.board.column) ? view.stages[state.board.column] : nil
        let name = stage.map { state.guidance.header($0) } ?? ""
        return state.refuse(
            state.filter.isEmpty
                ? state.words.noInitiativeInPickOneWith(name: name)
                : state.words.noInitiativeInWithThisFilter(name: name))
    }

    /// `>` and `<` (and meeting mode): refuse with the rule's sentence, ask when records are missing,
    /// otherwise move at once.
    static func requestMove(
        _ state: inout AppState, _ initiative: Initiative, _ move: StepMove, note: String = ""
    ) -> [Effect] {
        // On the board the column after step 10 is Afgerond: `>` there means closing (with its checks).
        if move == .next, initiative.stage == .step(Stage.lastStep) {
            return requestMove(&state, initiative, to: .closed, note: note)
        }
        switch Rulebook.target(move, initiative, state.options.language) {
        case .failure(let why):
            return state.refuse(why)
        case .success(let target):
            return requestMove(&state, initiative, to: target, note: note)
        }
    }

    static func requestMove(
        _ state: inout AppState, _ initiative: Initiative, to target: Stage, note: String = ""
    ) -> [Effect] {
        if let why = Rulebook.refusal(initiative, to: target, state.options.language) {
            return state.refuse(why)
        }
        let missing = Rulebook.missing(initiative, movingTo: target)
        if !missing.isEmpty {
            confirm(
                &state,
                state.words.moveToNotRecordedYet(
                    title: initiative.title, value: state.guidance.header(target)),
                details: missing.map { "• " + $0.text(state.words) },
                action: BoardDialog.moveInitiative(initiative.id, to: target, note: note), destructive: false,
                fillIn: (Rulebook.field(for: missing[0]), initiative.id))
            return []
        }
        return moveInitiative(&state, initiative.id, to: target, note: note)
    }

    static func chooseStage(_ state: inout AppState, _ initiative: Initiative) {
        let targets = StepRules.allowedTargets(from: initiative.stage)
        choose(
            &state, BoardDialog.stage(initiative: initiative.id),
            title: state.words.toWhichStep,
            options: targets.map {
                // "× Losgelaten" once: where the short name is the whole name, it is not repeated.
                ChoiceOption(
                    label: state.guidance.header($0)
                        + (state.guidance.short($0) == state.guidance.name($0)
                            ? "" : " · " + state.guidance.name($0)),
                    value: .stage($0))
            })
    }

    static func planAgenda(_ state: inout AppState, initiative: UUID?) -> [Effect] {
        let planned = AgendaPlanner.plan(state.section, initiative: initiative, today: state.options.today)
        if planned == state.section {
            state.say(state.words.theYearAgendaAlreadyFollowsThe)
            return []
        }
        // Said as what came and what went: reading the step, the planner also takes an initiative
        // off coming meetings (closed, dropped, or no longer at that step).
        let before = Set(state.section.agenda.map(\.id))
        let after = Set(planned.agenda.map(\.id))
        let added = after.subtracting(before).count
        let removed = before.subtracting(after).count
        let counts = state.words.addedRemoved(added: added, removed: removed)
        return change(
            &state, to: planned,
            message: initiative == nil
                ? state.words.allInitiativesPlanned + counts + "."
                : state.words.initiativePlanned + counts + ".")
    }
}
