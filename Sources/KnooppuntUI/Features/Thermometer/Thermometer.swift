import Foundation
import KnooppuntModel

/// The thermometer screen: which group is shown, how far the rounds are scrolled, and, while one
/// member enters their scores privately, that entry (four scores, for the group it was started in).
struct ThermometerState: Hashable, Sendable {
    /// Index into `App.thermometerGroups`.
    var group = 0
    var scroll = 0
    var entry: PrivateEntry?
}

extension App {
    /// The groups to choose from: the whole section first (also before it has rounds), then the named
    /// groups in the order they were made.
    static func thermometerGroups(_ state: AppState) -> [ThermometerGroup] {
        let groups = state.section.instruments.thermometerGroups
        let whole = groups.first { $0.isWholeSection } ?? ThermometerGroup()
        return [whole] + groups.filter { !$0.isWholeSection }
    }

    static func currentThermometerGroup(_ state: AppState) -> ThermometerGroup {
        let groups = thermometerGroups(state)
        return groups[max(0, min(state.thermometer.group, groups.count - 1))]
    }
}

extension ThermometerFeature {
    static var entry: WritableKeyPath<AppState, PrivateEntry?> { \.thermometer.entry }
    static var scale: ClosedRange<Int> { ThermometerStatement.scores }

    static func sharedKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        switch key {
        case .character("g"), .right, .character("l"):
            state.thermometer.group = (state.thermometer.group + 1) % App.thermometerGroups(state).count
            state.thermometer.scroll = 0
        case .left, .character("h"):
            let count = App.thermometerGroups(state).count
            state.thermometer.group = (state.thermometer.group + count - 1) % count
            state.thermometer.scroll = 0
        case .down, .character("j"): state.thermometer.scroll += 1
        case .up, .character("k"): state.thermometer.scroll = max(0, state.thermometer.scroll - 1)
        case .character("n"):
            App.ask(
                &state, ThermometerDialog.newGroup,
                title: state.words.newGroupWorkingGroupProjectTeam,
                hint: state.words.enterCreateEscCancel)
        default:
            return nil
        }
        return []
    }

    static var startValues: [Int] { [3, 3, 3, 3] }

    /// The member's scores in that day's round of the group on screen.
    static func ownValues(_ state: AppState, person: UUID, day: Day) -> [Int]? {
        guard let round = App.currentThermometerGroup(state).round(on: day) else { return nil }
        return ownResponse(state, person: person, .thermometer, round: round.id).flatMap(round.answer)?
            .clamped
            .scores
    }

    static func entryGroup(_ state: AppState) -> String? { App.currentThermometerGroup(state).name }

    static func entryWords(_ state: AppState) -> (row: String, value: String) {
        (state.words.statement, "score")
    }

    static func record(_ entry: PrivateEntry, in section: inout Section, ledger: inout ResponseLedger) -> Bool
    {
        guard let answer = ThermometerAnswer(scores: entry.values) else { return false }
        section.recordThermometer(
            answer, group: entry.group ?? "", person: entry.personID, on: entry.day, ledger: &ledger)
        return true
    }
}
