import KnooppuntModel
import KnooppuntUI

/// The English sentences of git, the section list, the demo, conflicts, kept versions, the imports
/// and `analyse`.
extension EnglishWords {
    func gitNotStarted(_ reason: String) -> String {
        "git could not be started (\(reason)); install git (apt-get install git)."
    }
    func gitFailed(_ step: GitStep, reason: String) -> String {
        let what: String
        switch step {
        case .registerMergeDriver: what = "register the merge driver"
        case .setName: what = "set a name"
        case .setAddress: what = "set an address"
        case .makeRepository: what = "make a repository"
        case .addSections: what = "add the sections"
        case .firstCommit: what = "make the first commit"
        case .setRemote: what = "set the remote"
        case .addRemote: what = "add the remote"
        case .push(let remote): what = "push to \(remote)"
        case .clone(let url): what = "clone \(url)"
        case .readCommit: what = "read the current commit"
        case .readBranch: what = "read the branch"
        case .readChanges: what = "read what changed"
        case .addChanges: what = "add the changes"
        case .commitChanges: what = "commit the changes"
        }
        return "git could not \(what): \(reason)"
    }
    func gitMergeFailed(_ upstream: String, reason: String) -> String {
        "git could not merge \(upstream): \(reason); nothing was changed."
    }
    var remoteKeptMoving: String { "the shared repository kept moving while pushing; sync again." }
    var language: Language { .en }
    func newSection(_ name: String) -> String { "new section \(name)" }
    var syncedNoRemote: String { "Committed; no shared remote yet (knooppunt share init --remote)." }
    func syncedUnreachable(_ reason: String) -> String {
        "Shared remote out of reach, work committed here: \(reason)"
    }
    func syncedIn(_ cameIn: [String]) -> String {
        "Shared ⇅ " + (cameIn.isEmpty ? "nothing came in" : cameIn.joined(separator: "; "))
    }

    var sectionsHeader: [String] { ["SLUG", "NAME", "PEOPLE", "INITIATIVES", "MEETINGS"] }
    func noSections(_ folder: String) -> String {
        "No sections in \(folder) yet; create one with `knooppunt new-section NAME` or `knooppunt demo`."
    }
    func demoExists(_ slug: String) -> String {
        "The section \(slug) already exists and was left as it is; use `knooppunt demo --force` to replace it with a fresh demo."
    }
    func demoCreated(_ name: String, slug: String, folder: String) -> String {
        "Created the demo section \(name) (\(slug)) in \(folder)."
    }
    func demoFileMissing(_ file: String) -> String {
        "The demo file \(file) is missing from this installation; reinstall knooppunt."
    }
    func demoFileBroken(_ file: String, reason: String) -> String {
        "The demo file \(file) does not decode (\(reason)); reinstall knooppunt."
    }
    var idAndKeepTogether: String { "--id and --keep go together." }
    func keepRefused(_ given: String) -> String { "--keep is current or other, not \(given)." }
    func noConflict(_ id: String, section: String) -> String {
        "Section “\(section)” has no open conflict \(id)."
    }
    func conflictDecided(_ place: String, keepOther: Bool, left: Int) -> String {
        "Decided: \(place) keeps the \(keepOther ? "other" : "current") value. \(left) open conflict(s) left."
    }
    func noOpenConflicts(_ section: String) -> String { "No open conflicts in “\(section)”." }
    func openConflictsHeading(_ count: Int, section: String) -> String {
        "\(count) open conflict(s) in “\(section)”:"
    }
    func conflictValues(current: String, other: String, source: String, at: String) -> [String] {
        ["          current: \(current)", "          other:   \(other)  (from \(source), \(at))"]
    }
    var listOrAt: String { "Give either --list or --at." }
    func atRefused(_ given: String) -> String {
        "--at is a local time such as 2027-01-19T15:30, not \(given)."
    }
    func noKeptVersions(_ section: String) -> String { "No kept versions of “\(section)” on this machine." }
    func keptVersion(_ date: String, revision: Int, change: String) -> String {
        "\(date)  revision \(revision)  \(change)"
    }
    func noVersionAt(_ at: String, section: String) -> String {
        "No version of “\(section)” was kept at or before \(at); see --list."
    }
    func restored(_ section: String, date: String, revision: Int, saved: Int) -> String {
        "Restored “\(section)” to the version kept at \(date) (revision \(revision)); saved as revision \(saved). `knooppunt restore --list` still has the version it replaced."
    }
    var screenGone: String { "What this screen showed no longer exists; nothing was exported." }
    var fileKeptChanging: String { "the file kept changing while saving; R reloads it" }

    var measurementOrNew: String { "Give --measurement (an existing one) or --new-measurement, not both." }
    var addOrSkipUnknown: String { "Give --add-unknown or --skip-unknown, not both." }
    func notADate(_ given: String) -> String {
        "\(given) is not a date; write it as 2027-01-15 or 15-1-2027."
    }
    var topicNeedsName: String { "--topic needs a name, e.g. --topic zorg." }
    func columnRefused(_ given: String) -> String {
        "--column takes a header and a topic, as in --column \"Aan wie vraag je advies?=advies\", not \(given)."
    }
    func fileProblems(_ count: Int) -> String { "The file has \(count) problem(s); see above." }
    var newMark: String { " (new)" }
    func surveyImported(
        choices: Int, respondents: Int, topics: String, sociogram: String, date: String, column: String
    ) -> String {
        "Imported \(choices) \(choices == 1 ? "choice" : "choices") of \(respondents) \(respondents == 1 ? "respondent" : "respondents"), topics \(topics), into ‘\(sociogram)’, measurement of \(date). Respondents from \(column)."
    }
    var newPeople: String { " New people: " }
    var nothingChangedAfter: String { " Nothing changed." }
    func staffSummary(added: Int, updated: Int, unchanged: Int) -> String {
        "\(added) new, \(updated) updated, \(unchanged) unchanged; nobody removed."
    }
    var dryRunNothingWritten: String { " Nothing written (--dry-run)." }
    func previewImported(choices: Int, respondents: Int, date: Day) -> String {
        "Imported \(choices) choices of \(respondents) respondents, measurement of \(date) (u = undo)."
    }
    func noThermometerGroup(_ group: String, section: String, groups: [String]) -> String {
        "Section “\(section)” has no thermometer group “\(group)”; "
            + (groups.isEmpty
                ? "it has none besides the whole section."
                : "its groups are \(groups.joined(separator: ", ")).")
    }
    func beforeRefused(_ given: String) -> String {
        "--before must be a day such as 2025-08-01 or 1-8-2025, not \(given)."
    }
    func answersDropped(_ count: Int) -> String {
        "Also dropped from this machine: which \(count) anonymous answer(s) were theirs."
    }
    func calendarNotRemembered(_ error: String) -> String {
        "The calendar was exported, but what it held could not be remembered (\(error)); the next export cannot tell which meetings changed."
    }
    func noCopyWritten(_ failure: String) -> String { "no copy could be written (\(failure))" }
    func analyseCannotRead(_ file: String) -> String {
        "cannot read \(file): no such file, or no permission to read it"
    }
    func analyseNoTopicColumn(_ file: String, topic: String) -> String {
        "\(file) has no topic column, so --topic \(topic) cannot select rows"
    }
    func analyseNoTopic(_ topic: String, file: String, topics: String) -> String {
        "no row of \(file) has the topic '\(topic)'; topics are: \(topics)"
    }
}
