import Foundation
import KnooppuntModel

/// The dimensieraamwerk screen: which indicator is selected (its poles are spelled out below the
/// strips), and, while one member places their crosses privately, that entry.
public struct DimensiesState: Hashable, Sendable {
    public var indicator = 0
    /// The round shown, as an index in date order; nil: the latest. ← → browse older rounds.
    public var round: Int?
    public var entry: DimensiesEntry?
    public init() {}
}

/// One member's private crosses: who (only to find their own earlier answer on this machine), the
/// eleven positions and which indicator has the cursor.
public struct DimensiesEntry: Hashable, Sendable {
    public var personID: UUID
    public var positions: [Int]
    /// The day of the round: today, or the day typed after `d`.
    public var day: Day
    public var row = 0
    public var changing: Bool
}

extension App {
    static func dimensiesKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        if state.dimensies.entry != nil { return dimensiesEntryKey(&state, key) }
        let last = DimensionIndicator.allCases.count - 1
        switch key {
        case .down, .character("j"): state.dimensies.indicator = min(last, state.dimensies.indicator + 1)
        case .up, .character("k"): state.dimensies.indicator = max(0, state.dimensies.indicator - 1)
        case .character("a"), .enter: askWhoAnswers(&state, DimensiesDialog.whoAnswers)
        case .character("d"):
            ask(
                &state, DimensiesDialog.roundDate,
                title: state.t("Datum van de ronde", "Date of the round"),
                hint: state.t(
                    "bijvoorbeeld 15-1-2027 of 2027-01-15; niet later dan vandaag",
                    "for example 15-1-2027 or 2027-01-15; not later than today"),
                text: state.options.today.description)
        case .left, .character("h"), .right, .character("l"):
            let count = state.section.instruments.dimensionRounds.count
            guard count > 1 else { return [] }
            let now = min(state.dimensies.round ?? count - 1, count - 1)
            let older = key == .left || key == .character("h")
            let next = max(0, min(count - 1, now + (older ? -1 : 1)))
            state.dimensies.round = next == count - 1 ? nil : next
            let date = state.section.instruments.dimensionRoundsByDate[next].date
            state.say(
                state.t("Ronde \(next + 1) van \(count): \(date)", "Round \(next + 1) of \(count): \(date)"))
        default: return nil
        }
        return []
    }

    static func startDimensiesEntry(_ state: inout AppState, person: UUID, day: Day? = nil) {
        let day = day ?? state.options.today
        var positions = Array(repeating: 5, count: DimensionIndicator.allCases.count)
        var changing = false
        if let round = state.section.instruments.dimensionRound(on: day),
            let id = state.responses?.responseID(
                section: state.section.id, person: person, instrument: .dimensies, round: round.id),
            let own = round.answer(id), own.positions.count == positions.count
        {
            positions = own.positions.map { min(10, max(0, $0)) }
            changing = true
        }
        state.dimensies.entry = DimensiesEntry(
            personID: person, positions: positions, day: day, changing: changing)
        state.say(
            state.t(
                "Privé: alleen jij ziet dit. ↑↓ indicator, ←→ of 0-9 kruisje, Enter bewaart zonder naam, Esc stopt.",
                "Private: only you see this. ↑↓ indicator, ←→ or 0-9 cross, Enter saves without your name, Esc stops."
            ))
    }

    static func dimensiesEntryKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard var entry = state.dimensies.entry else { return nil }
        let last = DimensionIndicator.allCases.count - 1
        switch key {
        case .up, .character("k"): entry.row = max(0, entry.row - 1)
        case .down, .character("j"), .tab: entry.row = min(last, entry.row + 1)
        case .left, .character("h"): entry.positions[entry.row] = max(0, entry.positions[entry.row] - 1)
        case .right, .character("l"): entry.positions[entry.row] = min(10, entry.positions[entry.row] + 1)
        case .home: entry.positions[entry.row] = 0
        case .end: entry.positions[entry.row] = 10
        case .character(let c) where c.wholeNumberValue != nil:
            entry.positions[entry.row] = c.wholeNumberValue ?? 5
            entry.row = min(last, entry.row + 1)
        case .escape:
            state.dimensies.entry = nil
            state.say(state.t("Niets bewaard.", "Nothing saved."))
            return []
        case .enter:
            state.dimensies.entry = nil
            return recordDimensiesEntry(&state, entry)
        default:
            // Other keys stay inside the private entry, so no screen key shows the shared view early.
            return []
        }
        state.dimensies.entry = entry
        return []
    }

    static func recordDimensiesEntry(_ state: inout AppState, _ entry: DimensiesEntry) -> [Effect] {
        guard var ledger = state.responses, let answer = DimensionAnswer(positions: entry.positions) else {
            return []
        }
        var section = state.section
        section.recordDimensions(answer, person: entry.personID, on: entry.day, ledger: &ledger)
        let effects = change(
            &state, to: section,
            message: entry.day == state.options.today
                ? state.t(
                    "Bewaard zonder naam, in de ronde van vandaag.",
                    "Saved without your name, in today's round.")
                : state.t(
                    "Bewaard zonder naam, in de ronde van \(entry.day).",
                    "Saved without your name, in the round of \(entry.day)."))
        guard state.section == section else { return effects }
        state.responses = ledger
        return [.saveResponses(ledger)] + effects
    }
}
