import KnooppuntModel
import KnooppuntUI
import KnooppuntWords

/// The command line speaks through `Words` (`say.cliNoPerson(query:section:)`: the sentences of the word
/// tables). The sentences that need a choice or a list per language (a stage's name, a list joined
/// with "of", a git step) are still written in the two Swift tables `DutchWords` and `EnglishWords`
/// behind `CommandWords`; these members reach them through the same `say`.
extension Words {
    private var sentences: any CommandWords { isEnglish ? EnglishWords() : DutchWords() }

    func nameRefused(_ what: TypedName, reason: TextRefusal) -> String {
        sentences.nameRefused(what, reason: reason)
    }
    func noteRefused(_ reason: TextRefusal) -> String { sentences.noteRefused(reason) }
    func repaired(_ file: String, _ repair: SectionRepair) -> String { sentences.repaired(file, repair) }
    func noMeeting(_ number: Int, section: String, numbers: [String]) -> String {
        sentences.noMeeting(number, section: section, numbers: numbers)
    }
    func noNetworkYet(_ kind: NetworkKind, section: String) -> String {
        sentences.noNetworkYet(kind, section: section)
    }
    func noNetwork(_ kind: NetworkKind, named: String, section: String, list: String) -> String {
        sentences.noNetwork(kind, named: named, section: section, list: list)
    }
    func severalNetworks(_ kind: NetworkKind, named: String, list: String) -> String {
        sentences.severalNetworks(kind, named: named, list: list)
    }
    func formatRefused(_ given: String, formats: [String]) -> String {
        sentences.formatRefused(given, formats: formats)
    }
    func noThermometerGroup(_ group: String, section: String) -> String {
        sentences.noThermometerGroup(group, section: section)
    }
    func stage(_ stage: Stage) -> String { sentences.stage(stage) }
    func stepMoved(_ name: String, from: Stage, to: Stage, revision: Int) -> String {
        sentences.stepMoved(name, from: from, to: to, revision: revision)
    }
    func stepStays(_ name: String, at: Stage, reason: StepRefusal) -> String {
        sentences.stepStays(name, at: at, reason: reason)
    }
    func stepForbidden(_ name: String, from: Stage, to: Stage, reason: StepRefusal) -> String {
        sentences.stepForbidden(name, from: from, to: to, reason: reason)
    }
    func stepMissing(_ name: String, at: Stage, missing: [MissingRecord]) -> String {
        sentences.stepMissing(name, at: at, missing: missing)
    }
    func stepMovedAnyway(missing: [MissingRecord]) -> String { sentences.stepMovedAnyway(missing: missing) }
    func stepFutureRefused(_ day: Day, name: String) -> String {
        sentences.stepFutureRefused(day, name: name)
    }
    func stepFutureQuestion(_ day: Day, name: String) -> String {
        sentences.stepFutureQuestion(day, name: name)
    }
    func stepNoInitiative(_ query: String, section: String, titles: [String]) -> String {
        sentences.stepNoInitiative(query, section: section, titles: titles)
    }
    func stepSeveralInitiatives(_ query: String, candidates: [String]) -> String {
        sentences.stepSeveralInitiatives(query, candidates: candidates)
    }
    func interventionAgreed(_ number: Int, date: Day, sociogram: String, words: String) -> String {
        sentences.interventionAgreed(number, date: date, sociogram: sociogram, words: words)
    }
    func interventionMarked(_ number: Int, done: Bool) -> String {
        sentences.interventionMarked(number, done: done)
    }
    func contactAdded(_ contact: String, owner: String, wished: Bool, inSection: Bool) -> String {
        sentences.contactAdded(contact, owner: owner, wished: wished, inSection: inSection)
    }
    func optionRefused(_ option: String, reason: TextRefusal) -> String {
        sentences.optionRefused(option, reason: reason)
    }
    func severalPeopleFor(_ option: String, query: String, names: [String]) -> String {
        sentences.severalPeopleFor(option, query: query, names: names)
    }
    func giveOneOf(_ options: [String]) -> String { sentences.giveOneOf(options) }
    func choiceRefused(_ option: String, choices: [String], given: String) -> String {
        sentences.choiceRefused(option, choices: choices, given: given)
    }
    func scoreRefused(_ index: Int, given: String, range: ClosedRange<Int>) -> String {
        sentences.scoreRefused(index, given: given, range: range)
    }
    func thermometerRecorded(_ person: String, sum: Int, band: ThermometerBand, group: String, day: Day)
        -> String
    { sentences.thermometerRecorded(person, sum: sum, band: band, group: group, day: day) }
    func forgetPlan(_ person: String, section: String, mentions: Int, kept: Int) -> [String] {
        sentences.forgetPlan(person, section: section, mentions: mentions, kept: kept)
    }
    func shared(_ folder: String, remote: String?) -> String { sentences.shared(folder, remote: remote) }
    func committedHere(_ summary: String?) -> String { sentences.committedHere(summary) }
    func gitFailed(_ step: GitStep, reason: String) -> String { sentences.gitFailed(step, reason: reason) }
    /// The language of these words, for the summaries the model words itself (what came in).
    var language: Language { isEnglish ? .en : .nl }
    func syncedIn(_ cameIn: [String]) -> String { sentences.syncedIn(cameIn) }
    var sectionsHeader: [String] { sentences.sectionsHeader }
    func conflictDecided(_ place: String, keepOther: Bool, left: Int) -> String {
        sentences.conflictDecided(place, keepOther: keepOther, left: left)
    }
    func conflictValues(current: String, other: String, source: String, at: String) -> [String] {
        sentences.conflictValues(current: current, other: other, source: source, at: at)
    }
    func surveyImported(
        choices: Int, respondents: Int, topics: String, sociogram: String, date: String, column: String
    ) -> String {
        sentences.surveyImported(
            choices: choices, respondents: respondents, topics: topics, sociogram: sociogram, date: date,
            column: column)
    }
    func noThermometerGroup(_ group: String, section: String, groups: [String]) -> String {
        sentences.noThermometerGroup(group, section: section, groups: groups)
    }
}
