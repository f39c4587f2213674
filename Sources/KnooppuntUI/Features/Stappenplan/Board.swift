import Foundation
import KnooppuntModel

/// Where the user is on the stappenplan board.
public struct BoardState: Hashable, Sendable {
    /// Index into the board's stages (0-10, Afgerond, and Losgelaten when shown).
    public var column = 0
    public var row = 0
    public var showDropped = false
    /// The selected initiative by id: undo, a reload or a merge can reorder the board, and the
    /// selection stays on the same card (`column` and `row` are found again from it).
    public var selected: UUID?
    public init() {}
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
                state.say(
                    state.t(
                        "Geen initiatief gekozen; n maakt een nieuw.",
                        "No initiative selected; n creates one."))
                return []
            }
            openEditor(&state, initiative.id, field: .title)
        case .character("n"):
            ask(
                &state, BoardDialog.newInitiative(stage: .step(0)),
                title: state.t("Nieuw initiatief", "New initiative"),
                hint: state.t(
                    "Naam van het initiatief (begint bij stap 0)", "Name of the initiative (starts at step 0)"
                ))
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
                state.t(
                    "Initiatief '\(initiative.title)' verwijderen, met zijn plaatsingen op de jaaragenda?",
                    "Delete the initiative '\(initiative.title)' and its places on the year agenda?"),
                action: BoardDialog.deleteInitiative(initiative.id))
        case .character("z"):
            state.board.showDropped.toggle()
            clampBoard(&state)
            state.say(
                state.board.showDropped
                    ? state.t("Losgelaten initiatieven zichtbaar.", "Dropped initiatives shown.")
                    : state.t("Losgelaten initiatieven verborgen.", "Dropped initiatives hidden."))
        case .character("/"):
            ask(
                &state, BoardDialog.filter, title: state.t("Filter", "Filter"),
                hint: state.t(
                    "Deel van titel of naam; leeg toont alles", "Part of a title or name; empty shows all"),
                text: state.filter)
        case .escape where !state.filter.isEmpty:
            state.filter = ""
            clampBoard(&state)
            state.say(state.t("Filter gewist.", "Filter cleared."))
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
        state.say(
            state.filter.isEmpty
                ? state.t(
                    "Geen initiatief in \(name): kies er een met ← → of maak er een met n.",
                    "No initiative in \(name): pick one with ← → or create one with n.")
                : state.t(
                    "Geen initiatief in \(name) met dit filter (Esc wist het).",
                    "No initiative in \(name) with this filter (Esc clears it)."), error: true)
        return []
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
            state.say(why, error: true)
            return []
        case .success(let target):
            return requestMove(&state, initiative, to: target, note: note)
        }
    }

    static func requestMove(
        _ state: inout AppState, _ initiative: Initiative, to target: Stage, note: String = ""
    ) -> [Effect] {
        if let why = Rulebook.refusal(initiative, to: target, state.options.language) {
            state.say(why, error: true)
            return []
        }
        let missing = Rulebook.missing(initiative, movingTo: target)
        if !missing.isEmpty {
            confirm(
                &state,
                state.t(
                    "'\(initiative.title)' naar \(state.guidance.header(target))? Nog niet vastgelegd:",
                    "Move '\(initiative.title)' to \(state.guidance.header(target))? Not recorded yet:"),
                details: missing.map { "• " + Rulebook.text($0, state.options.language) },
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
            title: state.t("Naar welke stap?", "To which step?"),
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
            state.say(
                state.t(
                    "De jaaragenda volgt de standaardplaatsing al.",
                    "The year agenda already follows the default placement."))
            return []
        }
        // Said as what came and what went: reading the step, the planner also takes an initiative
        // off coming meetings (closed, dropped, or no longer at that step).
        let before = Set(state.section.agenda.map(\.id))
        let after = Set(planned.agenda.map(\.id))
        let added = after.subtracting(before).count
        let removed = before.subtracting(after).count
        let counts = state.t(
            "\(added) erbij, \(removed) eraf", "\(added) added, \(removed) removed")
        return change(
            &state, to: planned,
            message: initiative == nil
                ? state.t("Alle initiatieven ingepland: ", "All initiatives planned: ") + counts + "."
                : state.t("Initiatief ingepland: ", "Initiative planned: ") + counts + ".")
    }
}
