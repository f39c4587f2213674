import KnooppuntModel
import KnooppuntUI

/// The English sentences of git, the section list, the demo, conflicts, kept versions, the imports
/// and `analyse`.
extension EnglishWords {
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
    func syncedIn(_ cameIn: [String]) -> String {
        "Shared ⇅ " + (cameIn.isEmpty ? "nothing came in" : cameIn.joined(separator: "; "))
    }

    var sectionsHeader: [String] { ["SLUG", "NAME", "PEOPLE", "INITIATIVES", "MEETINGS"] }
    func conflictDecided(_ place: String, keepOther: Bool, left: Int) -> String {
        "Decided: \(place) keeps the \(keepOther ? "other" : "current") value. \(left) open conflict(s) left."
    }
    func conflictValues(current: String, other: String, source: String, at: String) -> [String] {
        ["          current: \(current)", "          other:   \(other)  (from \(source), \(at))"]
    }
    func surveyImported(
        choices: Int, respondents: Int, topics: String, sociogram: String, date: String, column: String
    ) -> String {
        "Imported \(choices) \(choices == 1 ? "choice" : "choices") of \(respondents) \(respondents == 1 ? "respondent" : "respondents"), topics \(topics), into ‘\(sociogram)’, measurement of \(date). Respondents from \(column)."
    }
    func noThermometerGroup(_ group: String, section: String, groups: [String]) -> String {
        "Section “\(section)” has no thermometer group “\(group)”; "
            + (groups.isEmpty
                ? "it has none besides the whole section."
                : "its groups are \(groups.joined(separator: ", ")).")
    }
}
