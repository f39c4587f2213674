import Foundation
import KnooppuntModel

/// Screen 6, "my initiatives": which person, and which of their initiatives.
struct MyInitiativesState: Hashable, Sendable {
    var person = 0
    var row = 0
    /// 0: the list of people has the keys; 1: the person's initiatives.
    var pane = 0
}

extension App {
    static func mineKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let people = state.section.people
        guard !people.isEmpty else { return nil }
        state.mine.person = min(state.mine.person, people.count - 1)
        let list = state.section.initiatives(of: people[state.mine.person].id, today: state.options.today)
        switch key {
        case .up, .character("k"):
            if state.mine.pane == 0 {
                state.mine.person = max(0, state.mine.person - 1); state.mine.row = 0
            } else {
                state.mine.row = max(0, state.mine.row - 1)
            }
        case .down, .character("j"):
            if state.mine.pane == 0 {
                state.mine.person = min(people.count - 1, state.mine.person + 1); state.mine.row = 0
            } else {
                state.mine.row = min(max(0, list.count - 1), state.mine.row + 1)
            }
        case .tab where !list.isEmpty, .backTab where !list.isEmpty:
            state.mine.pane = 1 - state.mine.pane
        case .right, .character("l"):
            if !list.isEmpty { state.mine.pane = 1 }
        case .left, .character("h"):
            state.mine.pane = 0
        case .enter, .character("e"):
            if state.mine.pane == 0 {
                if !list.isEmpty { state.mine.pane = 1; state.mine.row = 0 }
            } else if list.indices.contains(state.mine.row) {
                openEditor(&state, list[state.mine.row].initiative.id, field: .title)
            }
        case .escape where state.mine.pane == 1:
            state.mine.pane = 0
        case .character("i"):
            return chooseMe(&state, people[state.mine.person])
        default:
            return nil
        }
        return []
    }

    /// `i`: "ik ben dit". Remembered on this machine only, so 6 Mijn opens on this person next time.
    static func chooseMe(_ state: inout AppState, _ person: Person) -> [Effect] {
        guard let slug = state.open?.slug else { return [] }
        state.chosenPeople[slug] = person.id
        state.say(state.words.youAreScreen6NowOpens(name: person.name))
        return [.rememberChosenPerson(slug: slug, person: person.id)]
    }

    /// The person this machine's user chose in the open section, if they are still in it.
    static func chosenPerson(_ state: AppState) -> Person? {
        guard let slug = state.open?.slug, let id = state.chosenPeople[slug] else { return nil }
        return state.section.person(id)
    }

    /// 6 Mijn starts at the chosen person (when a section opens).
    static func selectChosenPerson(_ state: inout AppState) {
        state.mine = MyInitiativesState()
        if let me = chosenPerson(state), let i = state.section.people.firstIndex(where: { $0.id == me.id }) {
            state.mine.person = i
        }
    }

    static func renderMine(_ state: AppState, into grid: inout Grid, area: Rect) {
        let theme = state.theme
        let people = state.section.people
        if people.isEmpty {
            grid.put(
                state.words.nobodyInTheSectionYetScreen,
                x: area.x, y: area.y, style: theme.muted, clip: area)
            return
        }
        let (left, right) = area.splitLeft(MineFeature.listWidth(area))
        let me = chosenPerson(state)
        grid.put(
            me.map { state.words.iAm(value: $0.initials) + state.words.i }
                ?? state.words.whoAreYouI,
            x: left.x, y: left.y, style: theme.header, clip: left)
        let list = Rect(x: left.x, y: left.y + 1, width: left.width - 1, height: left.height - 1)
        let selected = min(state.mine.person, people.count - 1)
        let start = MineFeature.list(state, area).start
        for (i, p) in people.enumerated().dropFirst(start).prefix(list.height) {
            let style =
                i == selected ? (state.mine.pane == 0 ? theme.selection : theme.faintSelection) : .plain
            grid.put(
                TextLayout.fit(
                    TextLayout.fit(p.initials, width: 4) + (p.id == me?.id ? "●" : " ") + p.name,
                    width: list.width),
                x: list.x, y: list.y + i - start, style: style, clip: list)
        }
        for y in area.y..<area.maxY { grid.put("│", x: right.x, y: y, style: theme.muted, clip: area) }
        let pane = Rect(x: right.x + 2, y: right.y, width: right.width - 2, height: right.height)
        PersonView(section: state.section, person: people[selected], context: state.context)
            .render(into: &grid, area: pane, selected: state.mine.pane == 1 ? state.mine.row : nil)
    }
}
