import KnooppuntModel
import KnooppuntUI

/// The Dutch sentences of git, the section list, the demo, conflicts, kept versions, the imports and
/// `analyse`.
extension DutchWords {
    func gitNotStarted(_ reason: String) -> String {
        "git kon niet gestart worden (\(reason)); installeer git (apt-get install git)."
    }
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
    func gitMergeFailed(_ upstream: String, reason: String) -> String {
        "git kon \(upstream) niet samenvoegen: \(reason); er is niets veranderd."
    }
    var remoteKeptMoving: String {
        "de gedeelde repository veranderde steeds tijdens het versturen; synchroniseer opnieuw."
    }
    var language: Language { .nl }
    func newSection(_ name: String) -> String { "nieuwe sectie \(name)" }
    var syncedNoRemote: String { "Vastgelegd; nog geen gedeelde plek (knooppunt share init --remote)." }
    func syncedUnreachable(_ reason: String) -> String {
        "Gedeelde plek onbereikbaar, werk hier vastgelegd: \(reason)"
    }
    func syncedIn(_ cameIn: [String]) -> String {
        "Gedeeld ⇅ " + (cameIn.isEmpty ? "niets binnengekomen" : cameIn.joined(separator: "; "))
    }

    var sectionsHeader: [String] { ["SLUG", "NAAM", "MENSEN", "INITIATIEVEN", "OVERLEGGEN"] }
    func noSections(_ folder: String) -> String {
        "Nog geen secties in \(folder); maak er een met `knooppunt new-section NAAM` of `knooppunt demo`."
    }
    func demoExists(_ slug: String) -> String {
        "De sectie \(slug) bestaat al en is niet veranderd; `knooppunt demo --force` vervangt haar door een nieuwe demo."
    }
    func demoCreated(_ name: String, slug: String, folder: String) -> String {
        "De demosectie \(name) (\(slug)) is gemaakt in \(folder)."
    }
    func demoFileMissing(_ file: String) -> String {
        "Het demobestand \(file) ontbreekt in deze installatie; installeer knooppunt opnieuw."
    }
    func demoFileBroken(_ file: String, reason: String) -> String {
        "Het demobestand \(file) is onleesbaar (\(reason)); installeer knooppunt opnieuw."
    }
    var idAndKeepTogether: String { "--id en --keep horen bij elkaar." }
    func keepRefused(_ given: String) -> String { "--keep is current of other, niet \(given)." }
    func noConflict(_ id: String, section: String) -> String {
        "Sectie “\(section)” heeft geen open conflict \(id)."
    }
    func conflictDecided(_ place: String, keepOther: Bool, left: Int) -> String {
        "Besloten: \(place) krijgt \(keepOther ? "de andere" : "de huidige") waarde. Nog \(left) open conflict(en)."
    }
    func noOpenConflicts(_ section: String) -> String { "Geen open conflicten in “\(section)”." }
    func openConflictsHeading(_ count: Int, section: String) -> String {
        "\(count) open conflict(en) in “\(section)”:"
    }
    func conflictValues(current: String, other: String, source: String, at: String) -> [String] {
        ["          huidig: \(current)", "          ander:  \(other)  (van \(source), \(at))"]
    }
    var listOrAt: String { "Geef --list of --at, niet allebei." }
    func atRefused(_ given: String) -> String {
        "--at is een tijd op deze computer, zoals 2027-01-19T15:30, niet \(given)."
    }
    func noKeptVersions(_ section: String) -> String {
        "Op deze computer zijn geen versies van “\(section)” bewaard."
    }
    func keptVersion(_ date: String, revision: Int, change: String) -> String {
        "\(date)  versie \(revision)  \(change)"
    }
    func noVersionAt(_ at: String, section: String) -> String {
        "Er is geen versie van “\(section)” bewaard op of vóór \(at); zie --list."
    }
    func restored(_ section: String, date: String, revision: Int, saved: Int) -> String {
        "“\(section)” is teruggezet naar de versie bewaard op \(date) (versie \(revision)); opgeslagen als versie \(saved). `knooppunt restore --list` heeft nog de versie die vervangen is."
    }
    var screenGone: String { "Wat dit scherm toonde bestaat niet meer; er is niets geëxporteerd." }
    var fileKeptChanging: String {
        "het bestand bleef veranderen tijdens het opslaan; R leest het opnieuw in"
    }

    var measurementOrNew: String {
        "Geef --measurement (een bestaande meting) of --new-measurement, niet allebei."
    }
    var addOrSkipUnknown: String { "Geef --add-unknown of --skip-unknown, niet allebei." }
    func notADate(_ given: String) -> String {
        "\(given) is geen datum; schrijf hem als 2027-01-15 of 15-1-2027."
    }
    var topicNeedsName: String { "--topic heeft een naam nodig, bijvoorbeeld --topic zorg." }
    func columnRefused(_ given: String) -> String {
        "--column krijgt een kolomkop en een onderwerp, zoals --column \"Aan wie vraag je advies?=advies\", niet \(given)."
    }
    func fileProblems(_ count: Int) -> String { "Het bestand heeft \(count) fout(en); zie hierboven." }
    var newMark: String { " (nieuw)" }
    func surveyImported(
        choices: Int, respondents: Int, topics: String, sociogram: String, date: String, column: String
    ) -> String {
        "Geïmporteerd: \(choices) \(choices == 1 ? "keuze" : "keuzes") van \(respondents) \(respondents == 1 ? "respondent" : "respondenten"), onderwerpen \(topics), in ‘\(sociogram)’, meting van \(date). Respondenten uit \(column)."
    }
    var newPeople: String { " Nieuwe mensen: " }
    var nothingChangedAfter: String { " Er veranderde niets." }
    func staffSummary(added: Int, updated: Int, unchanged: Int) -> String {
        "\(added) nieuw, \(updated) bijgewerkt, \(unchanged) ongewijzigd; niemand verwijderd."
    }
    var dryRunNothingWritten: String { " Niets geschreven (--dry-run)." }
    func previewImported(choices: Int, respondents: Int, date: Day) -> String {
        "Geïmporteerd: \(choices) keuzes van \(respondents) respondenten, meting van \(date) (u = ongedaan maken)."
    }
    func noThermometerGroup(_ group: String, section: String, groups: [String]) -> String {
        "Sectie “\(section)” heeft geen thermometergroep “\(group)”; "
            + (groups.isEmpty
                ? "er is geen groep naast de hele sectie."
                : "de groepen zijn \(groups.joined(separator: ", ")).")
    }
    func beforeRefused(_ given: String) -> String {
        "--before moet een dag zijn als 2025-08-01 of 1-8-2025, niet \(given)."
    }
    func answersDropped(_ count: Int) -> String {
        "Ook van deze computer gehaald: welke \(count) anonieme antwoord(en) van deze persoon waren."
    }
    func calendarNotRemembered(_ error: String) -> String {
        "De agenda is geëxporteerd, maar wat erin stond kon niet onthouden worden (\(error)); de volgende export kan niet zien welke overleggen veranderd zijn."
    }
    func noCopyWritten(_ failure: String) -> String { "er kon geen kopie geschreven worden (\(failure))" }
    func analyseCannotRead(_ file: String) -> String {
        "\(file) kan niet gelezen worden: het bestand bestaat niet of is niet leesbaar"
    }
    func analyseNoTopicColumn(_ file: String, topic: String) -> String {
        "\(file) heeft geen kolom met onderwerpen, dus --topic \(topic) kan geen regels kiezen"
    }
    func analyseNoTopic(_ topic: String, file: String, topics: String) -> String {
        "geen regel van \(file) heeft het onderwerp '\(topic)'; de onderwerpen zijn: \(topics)"
    }
}
