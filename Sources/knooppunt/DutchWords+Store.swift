import KnooppuntModel
import KnooppuntUI

/// The Dutch sentences of git, the section list, the demo, conflicts, kept versions, the imports and
/// `analyse`.
extension DutchWords {
    func gitFailed(_ step: GitStep, reason: String) -> String {
        let what: String
        switch step {
        case .registerMergeDriver: what = "het samenvoegprogramma niet aanmelden"
        case .setName: what = "geen naam instellen"
        case .setAddress: what = "geen adres instellen"
        case .makeRepository: what = "geen repository maken"
        case .addSections: what = "de secties niet toevoegen"
        case .firstCommit: what = "de eerste versie niet vastleggen"
        case .setRemote, .addRemote: what = "de gedeelde plek niet instellen"
        case .push(let remote): what = "niet versturen naar \(remote)"
        case .clone(let url): what = "\(url) niet kopiëren"
        case .readCommit: what = "de huidige versie niet lezen"
        case .readBranch: what = "de tak niet lezen"
        case .readChanges: what = "niet lezen wat er veranderd is"
        case .addChanges: what = "de wijzigingen niet toevoegen"
        case .commitChanges: what = "de wijzigingen niet vastleggen"
        }
        return "git kon \(what): \(reason)"
    }
    func syncedIn(_ cameIn: [String]) -> String {
        "Gedeeld ⇅ " + (cameIn.isEmpty ? "niets binnengekomen" : cameIn.joined(separator: "; "))
    }

    var sectionsHeader: [String] { ["SLUG", "NAAM", "MENSEN", "INITIATIEVEN", "OVERLEGGEN"] }
    func conflictDecided(_ place: String, keepOther: Bool, left: Int) -> String {
        "Besloten: \(place) krijgt \(keepOther ? "de andere" : "de huidige") waarde. Nog \(left) open conflict(en)."
    }
    func conflictValues(current: String, other: String, source: String, at: String) -> [String] {
        ["          huidig: \(current)", "          ander:  \(other)  (van \(source), \(at))"]
    }
    func surveyImported(
        choices: Int, respondents: Int, topics: String, sociogram: String, date: String, column: String
    ) -> String {
        "Geïmporteerd: \(choices) \(choices == 1 ? "keuze" : "keuzes") van \(respondents) \(respondents == 1 ? "respondent" : "respondenten"), onderwerpen \(topics), in ‘\(sociogram)’, meting van \(date). Respondenten uit \(column)."
    }
    func noThermometerGroup(_ group: String, section: String, groups: [String]) -> String {
        "Sectie “\(section)” heeft geen thermometergroep “\(group)”; "
            + (groups.isEmpty
                ? "er is geen groep naast de hele sectie."
                : "de groepen zijn \(groups.joined(separator: ", ")).")
    }
}
