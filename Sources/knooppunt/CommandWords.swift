import Foundation
import KnooppuntModel
import KnooppuntUI

/// The sentences the command line prints itself, one table per language: `DutchWords` and
/// `EnglishWords`. A requirement is one sentence; its arguments are the values it names, already shown
/// (see `CommandSupport.shown`) where they are user text.
protocol CommandWords: Sendable {
    // How a line on stderr starts.
    var errorPrefix: String { get }
    var warningPrefix: String { get }
    /// "Run `knooppunt show --help` for the options.": after a refusal of ArgumentParser's own.
    func helpHint(_ command: String) -> String

    // Options.
    var dataDirEmpty: String { get }
    func langRefused(_ given: String) -> String
    func widthRefused(_ width: Int) -> String
    func heightRefused(_ height: Int) -> String
    var todayRefused: String { get }
    func measurementRefused(_ given: Int) -> String
    func nameRefused(_ what: TypedName, reason: TextRefusal) -> String
    func noteRefused(_ reason: TextRefusal) -> String

    // Sections.
    func repaired(_ file: String, _ repair: SectionRepair) -> String
    func savedMeanwhile(_ section: String, found: Int, expected: Int) -> String
    func cannotRead(_ file: String) -> String
    var nothingImported: String { get }
    func importProblems(_ count: Int) -> String

    // Finding what a command names.
    func noPerson(_ query: String, section: String) -> String
    func severalPeople(_ query: String, count: Int, candidates: String) -> String
    var nothingWritten: String { get }
    func noInitiative(_ query: String, section: String) -> String
    func severalInitiatives(_ query: String, count: Int) -> String
    func noMeeting(_ number: Int, section: String, numbers: [String]) -> String
    func noNetworkYet(_ kind: NetworkKind, section: String) -> String
    func noNetwork(_ kind: NetworkKind, named: String, section: String, list: String) -> String
    func severalNetworks(_ kind: NetworkKind, named: String, list: String) -> String
    func noTopic(_ topic: String, sociogram: String, topics: String) -> String
    func noSuchMeasurement(_ given: Int, sociogram: String, count: Int) -> String
    func noMeasurementYet(_ sociogram: String) -> String

    // Exports.
    func formatRefused(_ given: String, formats: [String]) -> String
    var outputEmpty: String { get }
    var nameOneNetwork: String { get }
    var sociogramOptionsAlone: String { get }
    func gexfRefused(_ given: String) -> String
    var tablesNeedCSV: String { get }
    var oneTable: String { get }
    func noMeasurementToExport(_ sociogram: String) -> String
    func noMeasurementOn(_ given: String, sociogram: String, dates: String) -> String
    func outputIsFolder(_ path: String) -> String
    func folderMissing(_ path: String) -> String
    func noThermometerGroup(_ group: String, section: String) -> String

    // Moving an initiative (`step`).
    func stage(_ stage: Stage) -> String
    func stepMoved(_ name: String, from: Stage, to: Stage, revision: Int) -> String
    func stepStays(_ name: String, at: Stage, reason: StepRefusal) -> String
    func stepForbidden(_ name: String, from: Stage, to: Stage, reason: StepRefusal) -> String
    func stepMissing(_ name: String, at: Stage, missing: [MissingRecord]) -> String
    func stepMovedAnyway(missing: [MissingRecord]) -> String
    func stepBackForward(_ name: String, at: Int, to: Int) -> String
    func stepBeforeLastChange(_ day: Day, name: String, earliest: Day) -> String
    func stepFutureRefused(_ day: Day, name: String) -> String
    func stepFutureQuestion(_ day: Day, name: String) -> String
    func stepToWithoutBack(_ move: String) -> String
    func stepToRefused(_ to: Int) -> String
    var stepOnRefused: String { get }
    func stepNoInitiative(_ query: String, section: String, titles: [String]) -> String
    func stepSeveralInitiatives(_ query: String, candidates: [String]) -> String

    // Interventions and the long list.
    func interventionAgreed(_ number: Int, date: Day, sociogram: String, words: String) -> String
    func interventionChanged(_ number: Int) -> String
    func interventionMarked(_ number: Int, done: Bool) -> String
    func interventionRemoved(_ number: Int, what: String) -> String
    func contactAdded(_ contact: String, owner: String, wished: Bool, inSection: Bool) -> String
    func contactChanged(_ contact: String) -> String
    func contactRemoved(_ contact: String) -> String
    func schakelMade(_ contact: String, analysis: String) -> String

    // What the instrument, intervention and long-list commands are given; each refusal writes nothing.
    func optionRefused(_ option: String, reason: TextRefusal) -> String
    func severalPeopleFor(_ option: String, query: String, names: [String]) -> String
    func dateRefused(_ option: String, given: String) -> String
    func giveOneOf(_ options: [String]) -> String
    func choiceRefused(_ option: String, choices: [String], given: String) -> String
    func noIntervention(_ number: Int, date: Day, count: Int) -> String
    func notOnList(_ contact: String, owner: String) -> String
    var ownNameOnList: String { get }
    func alreadyOnList(_ contact: String, owner: String) -> String
    func alreadySchakel(_ contact: String, analysis: String) -> String
    func scoresCount(_ count: Int, order: String, given: Int) -> String
    func scoreRefused(_ index: Int, given: String, range: ClosedRange<Int>) -> String

    // The instruments.
    func thermometerRecorded(
        _ person: String, sum: Int, band: ThermometerBand, group: String, day: Day
    ) -> String
    func dimensionsRecorded(_ person: String, day: Day, answers: Int) -> String

    // Forgetting a person, purging old measurements.
    var nothingChanged: String { get }
    var noTerminalToAsk: String { get }
    var goAhead: String { get }
    /// What `forget` will do, line by line; the texts that mention the person go before the last line.
    func forgetPlan(_ person: String, section: String, mentions: Int, kept: Int) -> [String]
    func forgotten(revision: Int, rewritten: Int, removed: Int, unchanged: Int) -> String
    var forgetOutOfReach: String { get }
    func purgePlan(_ section: String, before: Day, measurements: Int) -> String
    func purgeVersions(_ count: Int) -> String
    var purgeNothingOld: String { get }
    func purged(revision: Int, deleted: Int, rewritten: Int) -> String

    // The interface.
    var needsTerminal: String { get }
    func noSectionToOpen(_ slug: String, folder: String) -> String

    // Sharing.
    func shared(_ folder: String, remote: String?) -> String
    func cloned(_ url: String, into folder: String) -> String
    func cloneNotEmpty(_ folder: String) -> String
    func recovered(_ slug: String, _ line: String) -> String
    var noConflictCopies: String { get }
    func merged(_ line: String) -> String
    func committedHere(_ summary: String?) -> String
    func unreachable(_ reason: String) -> String
    func cameIn(_ line: String) -> String
    func wentOut(_ line: String) -> String
    func openConflicts(_ section: String, count: Int, slug: String) -> String
    var inStep: String { get }

    // Git, as `share` and `sync` run it.
    func gitNotStarted(_ reason: String) -> String
    func gitFailed(_ step: GitStep, reason: String) -> String
    func gitMergeFailed(_ upstream: String, reason: String) -> String
    var remoteKeptMoving: String { get }
    /// The language of these words, for the summaries the model words itself (what came in).
    var language: Language { get }
    func newSection(_ name: String) -> String
    // The interface's sync, as one line for its status bar.
    var syncedNoRemote: String { get }
    func syncedUnreachable(_ reason: String) -> String
    func syncedIn(_ cameIn: [String]) -> String

    // Listing sections, the demo, open conflicts and kept versions.
    var sectionsHeader: [String] { get }
    func noSections(_ folder: String) -> String
    func demoExists(_ slug: String) -> String
    func demoCreated(_ name: String, slug: String, folder: String) -> String
    func demoFileMissing(_ file: String) -> String
    func demoFileBroken(_ file: String, reason: String) -> String
    var idAndKeepTogether: String { get }
    func keepRefused(_ given: String) -> String
    func noConflict(_ id: String, section: String) -> String
    func conflictDecided(_ place: String, keepOther: Bool, left: Int) -> String
    func noOpenConflicts(_ section: String) -> String
    func openConflictsHeading(_ count: Int, section: String) -> String
    /// The two values of a conflict, as the lines under its place.
    func conflictValues(current: String, other: String, source: String, at: String) -> [String]
    var listOrAt: String { get }
    func atRefused(_ given: String) -> String
    func noKeptVersions(_ section: String) -> String
    func keptVersion(_ date: String, revision: Int, change: String) -> String
    func noVersionAt(_ at: String, section: String) -> String
    func restored(_ section: String, date: String, revision: Int, saved: Int) -> String
    var screenGone: String { get }
    var fileKeptChanging: String { get }

    // Importing a survey or a staff list, and `analyse`.
    var measurementOrNew: String { get }
    var addOrSkipUnknown: String { get }
    func notADate(_ given: String) -> String
    var topicNeedsName: String { get }
    func columnRefused(_ given: String) -> String
    func fileProblems(_ count: Int) -> String
    var newMark: String { get }
    func surveyImported(
        choices: Int, respondents: Int, topics: String, sociogram: String, date: String, column: String
    ) -> String
    var newPeople: String { get }
    var nothingChangedAfter: String { get }
    func staffSummary(added: Int, updated: Int, unchanged: Int) -> String
    var dryRunNothingWritten: String { get }
    func previewImported(choices: Int, respondents: Int, date: Day) -> String
    // Remaining sentences of `show thermometer`, `purge`, `forget`, the calendar and the interface's copy.
    func noThermometerGroup(_ group: String, section: String, groups: [String]) -> String
    func beforeRefused(_ given: String) -> String
    func answersDropped(_ count: Int) -> String
    func calendarNotRemembered(_ error: String) -> String
    func noCopyWritten(_ failure: String) -> String
    func analyseCannotRead(_ file: String) -> String
    func analyseNoTopicColumn(_ file: String, topic: String) -> String
    func analyseNoTopic(_ topic: String, file: String, topics: String) -> String
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

    static var words: any CommandWords { words(for: language) }

    /// The words of a language the interface chose, for what the interface shows of a command's work.
    static func words(for language: Language) -> any CommandWords {
        language == .en ? EnglishWords() : DutchWords()
    }
}

/// The words of this command's language: `say.noPerson(…)`.
var say: any CommandWords { CommandText.words }
