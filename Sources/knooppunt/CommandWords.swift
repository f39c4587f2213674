import Foundation
import KnooppuntModel
import KnooppuntUI
import KnooppuntWords

/// The command line's sentences that need a choice or a list per language, written in two Swift tables,
/// `DutchWords` and `EnglishWords` (every other sentence is a key `cli…` of the word tables). A requirement
/// is one sentence; its arguments are the values it names, already shown (see `CommandSupport.shown`)
/// where they are user text. Reached through `say` (see `Words+Command.swift`).
protocol CommandWords: Sendable {

    // Options.
    func nameRefused(_ what: TypedName, reason: TextRefusal) -> String
    func noteRefused(_ reason: TextRefusal) -> String

    // Sections.
    func repaired(_ file: String, _ repair: SectionRepair) -> String

    // Finding what a command names.
    func noMeeting(_ number: Int, section: String, numbers: [String]) -> String
    func noNetworkYet(_ kind: NetworkKind, section: String) -> String
    func noNetwork(_ kind: NetworkKind, named: String, section: String, list: String) -> String
    func severalNetworks(_ kind: NetworkKind, named: String, list: String) -> String

    // Exports.
    func formatRefused(_ given: String, formats: [String]) -> String
    func noThermometerGroup(_ group: String, section: String) -> String

    // Moving an initiative (`step`).
    func stage(_ stage: Stage) -> String
    func stepMoved(_ name: String, from: Stage, to: Stage, revision: Int) -> String
    func stepStays(_ name: String, at: Stage, reason: StepRefusal) -> String
    func stepForbidden(_ name: String, from: Stage, to: Stage, reason: StepRefusal) -> String
    func stepMissing(_ name: String, at: Stage, missing: [MissingRecord]) -> String
    func stepMovedAnyway(missing: [MissingRecord]) -> String
    func stepFutureRefused(_ day: Day, name: String) -> String
    func stepFutureQuestion(_ day: Day, name: String) -> String
    func stepNoInitiative(_ query: String, section: String, titles: [String]) -> String
    func stepSeveralInitiatives(_ query: String, candidates: [String]) -> String

    // Interventions and the long list.
    func interventionAgreed(_ number: Int, date: Day, sociogram: String, words: String) -> String
    func interventionMarked(_ number: Int, done: Bool) -> String
    func contactAdded(_ contact: String, owner: String, wished: Bool, inSection: Bool) -> String

    // What the instrument, intervention and long-list commands are given; each refusal writes nothing.
    func optionRefused(_ option: String, reason: TextRefusal) -> String
    func severalPeopleFor(_ option: String, query: String, names: [String]) -> String
    func giveOneOf(_ options: [String]) -> String
    func choiceRefused(_ option: String, choices: [String], given: String) -> String
    func scoreRefused(_ index: Int, given: String, range: ClosedRange<Int>) -> String

    // The instruments.
    func thermometerRecorded(
        _ person: String, sum: Int, band: ThermometerBand, group: String, day: Day
    ) -> String

    /// What `forget` will do, line by line; the texts that mention the person go before the last line.
    func forgetPlan(_ person: String, section: String, mentions: Int, kept: Int) -> [String]

    // Sharing.
    func shared(_ folder: String, remote: String?) -> String
    func committedHere(_ summary: String?) -> String

    // Git, as `share` and `sync` run it.
    func gitFailed(_ step: GitStep, reason: String) -> String
    // The interface's sync, as one line for its status bar.
    func syncedIn(_ cameIn: [String]) -> String

    // Listing sections, the demo, open conflicts and kept versions.
    var sectionsHeader: [String] { get }
    func conflictDecided(_ place: String, keepOther: Bool, left: Int) -> String
    /// The two values of a conflict, as the lines under its place.
    func conflictValues(current: String, other: String, source: String, at: String) -> [String]

    // Importing a survey or a staff list, and `analyse`.
    func surveyImported(
        choices: Int, respondents: Int, topics: String, sociogram: String, date: String, column: String
    ) -> String
    // Remaining sentences of `show thermometer`, `purge`, `forget`, the calendar and the interface's copy.
    func noThermometerGroup(_ group: String, section: String, groups: [String]) -> String
}

/// What git was asked to do when it failed, for the sentence that says so.
enum GitStep {
    case registerMergeDriver, setName, setAddress, makeRepository, addSections, firstCommit
    case setRemote, addRemote, push(String), clone(String)
    case readCommit, readBranch, readChanges, addChanges, commitChanges
}

/// What a name typed on the command line names, for the sentence that refuses it.
enum TypedName { case section, school, schoolYear, group }

/// The kinds of network a command can name.
enum NetworkKind { case sociogram, ecogram, analysis }

/// The command line's language and its words. The language is fixed before the command runs (see
/// `Knooppunt.main`) so that every sentence, also one thrown while the options are read, is in it.
enum CommandText {
    nonisolated(unsafe) static var language = Language.from(environment: ProcessInfo.processInfo.environment)

    static var words: Words { language.words }

    /// The words of a language the interface chose, for what the interface shows of a command's work.
    static func words(for language: Language) -> Words { language.words }
}

/// The words of this command's language: `say.cliNoPerson(query:section:)`.
var say: Words { CommandText.words }
