import Foundation
import KnooppuntModel

/// The thermometer screen: which group is shown, how far the rounds are scrolled, and, while one
/// member enters their scores privately, that entry.
public struct ThermometerState: Hashable, Sendable {
    /// Index into `App.thermometerGroups`.
    public var group = 0
    public var scroll = 0
    public var entry: ThermometerEntry?
    public init() {}
}

/// One member's private entry: who (only to find their own earlier answer on this machine), the
/// four scores being set and which statement has the cursor. Never drawn on the shared view.
public struct ThermometerEntry: Hashable, Sendable {
    public var personID: UUID
    public var groupName: String
    /// The day of the round: today, or the day typed after `d` (a round held on paper last week).
    public var day: Day
    public var scores: [Int]
    public var row = 0
    /// True when the member already answered this round here: saving changes that answer.
    public var changing: Bool
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

    static func thermometerKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        if state.thermometer.entry != nil { return thermometerEntryKey(&state, key) }
        switch key {
        case .character("g"), .right, .character("l"):
            state.thermometer.group = (state.thermometer.group + 1) % thermometerGroups(state).count
            state.thermometer.scroll = 0
        case .left, .character("h"):
            let count = thermometerGroups(state).count
            state.thermometer.group = (state.thermometer.group + count - 1) % count
            state.thermometer.scroll = 0
        case .down, .character("j"): state.thermometer.scroll += 1
        case .up, .character("k"): state.thermometer.scroll = max(0, state.thermometer.scroll - 1)
        case .character("n"):
            ask(
                &state, ThermometerDialog.newGroup,
                title: state.t(
                    "Nieuwe groep (werkgroep, projectteam)", "New group (working group, project team)"),
                hint: state.t("Enter = maken, Esc = annuleren", "Enter = create, Esc = cancel"))
        case .character("a"), .enter:
            askWhoAnswers(&state, ThermometerDialog.whoAnswers)
        case .character("d"):
            ask(
                &state, ThermometerDialog.roundDate,
                title: state.t("Datum van de ronde", "Date of the round"),
                hint: state.t(
                    "bijvoorbeeld 15-1-2027 of 2027-01-15; niet later dan vandaag",
                    "for example 15-1-2027 or 2027-01-15; not later than today"),
                text: state.options.today.description)
        default:
            return nil
        }
        return []
    }

    /// "Who are you?": the list of people, for a private entry. Refused when this machine's ledger
    /// could not be read, since a new one would lose the link to earlier answers.
    static func askWhoAnswers(_ state: inout AppState, _ purpose: some DialogReply) {
        guard state.responses != nil else {
            state.say(
                state.t(
                    "Je eigen antwoorden op deze computer zijn niet te lezen (responses.json); zet dat bestand opzij om opnieuw te beginnen.",
                    "Your own answers on this machine cannot be read (responses.json); move that file aside to start anew."
                ), error: true)
            return
        }
        let people = state.section.people
        guard !people.isEmpty else {
            state.say(
                state.t("Nog niemand in de sectie (scherm 5).", "Nobody in the section yet (screen 5)."),
                error: true)
            return
        }
        choose(
            &state, purpose,
            title: state.t(
                "Wie ben je? (alleen jij ziet je antwoorden)", "Who are you? (only you see your answers)"),
            options: people.map { ChoiceOption(label: $0.name, value: .id($0.id)) })
    }

    /// Starts the private entry, with the member's own answer of that day's round when this machine
    /// has it.
    static func startThermometerEntry(_ state: inout AppState, person: UUID, day: Day? = nil) {
        let group = currentThermometerGroup(state)
        let day = day ?? state.options.today
        var scores = [3, 3, 3, 3]
        var changing = false
        if let round = group.round(on: day),
            let id = state.responses?.responseID(
                section: state.section.id, person: person, instrument: .thermometer, round: round.id),
            let own = round.answer(id)
        {
            scores = own.clamped.scores
            changing = true
        }
        state.thermometer.entry = ThermometerEntry(
            personID: person, groupName: group.name, day: day, scores: scores, changing: changing)
        state.say(
            state.t(
                "Privé: alleen jij ziet dit. ↑↓ uitspraak, ←→ of 1-5 score, Enter bewaart zonder naam, Esc stopt.",
                "Private: only you see this. ↑↓ statement, ←→ or 1-5 score, Enter saves without your name, Esc stops."
            ))
    }

    static func thermometerEntryKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard var entry = state.thermometer.entry else { return nil }
        let range = ThermometerStatement.scores
        switch key {
        case .up, .character("k"): entry.row = max(0, entry.row - 1)
        case .down, .character("j"), .tab: entry.row = min(3, entry.row + 1)
        case .left, .character("h"):
            entry.scores[entry.row] = max(range.lowerBound, entry.scores[entry.row] - 1)
        case .right, .character("l"):
            entry.scores[entry.row] = min(range.upperBound, entry.scores[entry.row] + 1)
        case .character(let c) where c.wholeNumberValue.map(range.contains) == true:
            entry.scores[entry.row] = c.wholeNumberValue ?? 3
            entry.row = min(3, entry.row + 1)
        case .escape:
            state.thermometer.entry = nil
            state.say(state.t("Niets bewaard.", "Nothing saved."))
            return []
        case .enter:
            state.thermometer.entry = nil
            return recordThermometerEntry(&state, entry)
        default:
            // Every other key stays inside the private entry: a screen key must not show the shared
            // screen while a member is still answering.
            return []
        }
        state.thermometer.entry = entry
        return []
    }

    static func recordThermometerEntry(_ state: inout AppState, _ entry: ThermometerEntry) -> [Effect] {
        guard var ledger = state.responses, let answer = ThermometerAnswer(scores: entry.scores) else {
            return []
        }
        var section = state.section
        section.recordThermometer(
            answer, group: entry.groupName, person: entry.personID, on: entry.day, ledger: &ledger)
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
