import Foundation
import KnooppuntModel

/// An instrument screen (7 relatie-thermometer, 8 dimensieraamwerk): a shared view without names and,
/// on `a`, one member's private entry. The entry takes every key until Enter saves it without a name or
/// Esc drops it, so that no screen key shows the shared view while a member is still answering.
protocol PrivateEntryFeature: ScreenFeature {
    associatedtype Dialog: EntryDialog
    /// Where the open entry is kept; nil while the shared view shows.
    static var entry: WritableKeyPath<AppState, PrivateEntry?> { get }
    /// The range of every value.
    static var scale: ClosedRange<Int> { get }
    /// Home and End put a value at the ends of the scale (the long line of a cross).
    static var jumpsToEnds: Bool { get }
    /// The values an entry starts with when the member has no answer of that round on this machine.
    static var startValues: [Int] { get }
    /// The member's own answer in the round of `day`, when this machine knows which one is theirs.
    static func ownValues(_ state: AppState, person: UUID, day: Day) -> [Int]?
    /// The thermometer group the entry answers for; nil by default.
    static func entryGroup(_ state: AppState) -> String?
    /// What a row and a value are called on the status line (uitspraak and score, indicator and
    /// kruisje).
    static func entryWords(_ state: AppState) -> (row: String, value: String)
    /// Writes the entry's answer into the section and the ledger; false when the values are no answer.
    static func record(_ entry: PrivateEntry, in section: inout Section, ledger: inout ResponseLedger) -> Bool
    /// The shared view's keys besides `a`, Enter and `d`.
    static func sharedKey(_ state: inout AppState, _ key: Key) -> [Effect]?
    /// The help lines of the shared view.
    static func sharedBindings(_ state: AppState) -> [KeyBinding]
    /// The help lines of the entry's rows and values (saving and stopping are the same everywhere).
    static func entryBindings(_ state: AppState) -> [KeyBinding]
}

extension PrivateEntryFeature {
    static var jumpsToEnds: Bool { false }
    static func entryGroup(_ state: AppState) -> String? { nil }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        if state[keyPath: entry] != nil { return entryKey(&state, key) }
        switch key {
        case .character("a"), .enter: App.askWhoAnswers(&state, Dialog.entry(.whoAnswers(on: nil)))
        case .character("d"):
            App.ask(
                &state, Dialog.entry(.roundDate), title: state.words.dateOfTheRound,
                hint: state.words.forExample1512027Or2027,
                text: state.options.today.description)
        default: return sharedKey(&state, key)
        }
        return []
    }

    static func entryKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var open = state[keyPath: entry] else { return [] }
        switch open.press(key, scale: scale, ends: jumpsToEnds) {
        case .kept:
            state[keyPath: entry] = open
            return []
        case .dropped:
            state[keyPath: entry] = nil
            state.say(state.words.nothingSaved)
            return []
        case .finished:
            state[keyPath: entry] = nil
            return save(&state, open)
        }
    }

    static func startEntry(_ state: inout AppState, person: UUID, day: Day?) {
        let day = day ?? state.options.today
        let own = ownValues(state, person: person, day: day)
        state[keyPath: entry] = PrivateEntry(
            personID: person, day: day, group: entryGroup(state), values: own ?? startValues,
            changing: own != nil)
        state.say(entryHint(state))
    }

    /// The status line that says how the entry works.
    static func entryHint(_ state: AppState) -> String {
        let words = entryWords(state)
        let digits = "\(scale.lowerBound)-\(min(9, scale.upperBound))"
        return state.words.privateOnlyYouSeeThisOr(row: words.row, digits: digits, value: words.value)
    }

    /// The answer without a name in the section, and on this machine which answer was the member's.
    static func save(_ state: inout AppState, _ answered: PrivateEntry) -> [Effect] {
        guard var ledger = state.responses else { return [] }
        var section = state.section
        guard record(answered, in: &section, ledger: &ledger) else { return [] }
        let effects = App.change(
            &state, to: section,
            message: answered.day == state.options.today
                ? state.words.savedWithoutYourNameInToday
                : state.words.savedWithoutYourNameInThe(day: answered.day))
        guard state.section == section else { return effects }
        state.responses = ledger
        return [.saveResponses(ledger)] + effects
    }

    /// Which answer in `round` this machine knows as the member's own.
    static func ownResponse(
        _ state: AppState, person: UUID, _ instrument: ResponseLedger.Instrument, round: UUID
    )
        -> UUID?
    {
        state.responses?.responseID(
            section: state.section.id, person: person, instrument: instrument, round: round)
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        guard case .whoAnswers(let day) = choice.purpose.reply(Dialog.self)?.entryQuestion,
            case .id(let person) = choice.value
        else { return [] }
        startEntry(&state, person: person, day: day)
        return []
    }

    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        answerRoundDate(&state, prompt, text) ?? []
    }

    /// The date after `d`, Dutch or ISO and not after today, then who answers in that day's round; nil
    /// when the prompt asked something else.
    static func answerRoundDate(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect]? {
        guard case .roundDate = prompt.purpose.reply(Dialog.self)?.entryQuestion else { return nil }
        guard let day = Day(typed: text.trimmingCharacters(in: .whitespaces)) else {
            return App.reject(
                &state, prompt,
                state.words.notADateWriteForExample)
        }
        // A round is what members answered on a day that came: a future date would be a guess.
        guard day <= state.options.today else {
            return App.reject(
                &state, prompt,
                state.words.isInTheFutureARound(day: day))
        }
        App.askWhoAnswers(&state, Dialog.entry(.whoAnswers(on: day)))
        return []
    }

    /// Leaving the screen ends a private entry without saving, so nobody's answer stays on screen.
    static func leave(_ state: inout AppState, effects: inout [Effect]) -> Bool {
        state[keyPath: entry] = nil
        return true
    }

    /// The shared view's keys, or while an entry is open its own, with saving and stopping last.
    static func bindings(_ state: AppState) -> [KeyBinding] {
        guard state[keyPath: entry] != nil else { return sharedBindings(state) }
        let words = state.words
        return entryBindings(state) + [
            KeyBinding(
                "Enter", words.saveWithoutYourName, status: words.save,
                rank: 2),
            KeyBinding(
                "Esc", words.stopWithoutSaving, status: words.stopPrivateEntry, rank: 3),
        ]
    }

    /// The shared view's first key: `a` (or Enter) starts a private entry.
    static func answerBinding(_ state: AppState) -> KeyBinding {
        KeyBinding(
            "a Enter", state.words.answerPrivatelyWhoAreYou,
            status: state.words.answer, keys: "a", rank: 0)
    }

    static func earlierDateBinding(_ state: AppState) -> KeyBinding {
        KeyBinding("d", state.words.answerForAnEarlierDate)
    }
}

extension App {
    /// "Who are you?": the list of people, for a private entry. Refused when this machine's ledger
    /// could not be read, since a new one would lose the link to earlier answers.
    static func askWhoAnswers(_ state: inout AppState, _ purpose: some DialogReply) {
        guard state.responses != nil else {
            state.say(state.words.yourOwnAnswersOnThisMachine, error: true)
            return
        }
        choosePerson(
            &state, purpose,
            title: state.words.whoAreYouOnlyYouSee)
    }
}
