import KnooppuntModel

/// The command line's sentences in Dutch, the default.
struct DutchWords: CommandWords {
    func nameRefused(_ what: TypedName, reason: TextRefusal) -> String {
        let names: [TypedName: String] = [
            .section: "De naam van de sectie", .school: "De naam van de school",
            .schoolYear: "Het schooljaar",
            .group: "De naam van de groep",
        ]
        return "\(names[what] ?? "") is geweigerd: \(CommandSupport.lowercasingFirst(reason.dutch))"
    }
    func noteRefused(_ reason: TextRefusal) -> String {
        "De notitie is geweigerd: \(CommandSupport.lowercasingFirst(reason.dutch))"
    }

    func repaired(_ file: String, _ repair: SectionRepair) -> String {
        "\(file): \(repair.dutch) (alleen in het geheugen; het bestand verandert pas bij opslaan)."
    }
    func noMeeting(_ number: Int, section: String, numbers: [String]) -> String {
        "Sectie “\(section)” heeft geen overleg \(number)"
            + (numbers.isEmpty
                ? "; er is nog geen overleg." : "; er zijn overleggen \(numbers.joined(separator: ", ")).")
    }
    func kind(_ kind: NetworkKind) -> String {
        switch kind {
        case .sociogram: return "sociogram"
        case .ecogram: return "ecogram"
        case .analysis: return "netwerkanalyse"
        }
    }
    func noNetworkYet(_ kind: NetworkKind, section: String) -> String {
        "Sectie “\(section)” heeft nog geen \(self.kind(kind)); maak er eerst een in het programma (knooppunt, scherm \(kind == .sociogram ? "4" : "3"))\(kind == .sociogram ? " of met knooppunt import survey" : "")."
    }
    func noNetwork(_ kind: NetworkKind, named: String, section: String, list: String) -> String {
        "Sectie “\(section)” heeft geen \(self.kind(kind)) “\(named)”; er zijn: \(list)."
    }
    func severalNetworks(_ kind: NetworkKind, named: String, list: String) -> String {
        "“\(named)” past bij meer dan één \(self.kind(kind)) (\(list)); geef meer van de naam."
    }
    func formatRefused(_ given: String, formats: [String]) -> String {
        "--format is \(EnglishWords.list(formats, or: "of")), niet “\(given)”."
    }
    func noThermometerGroup(_ group: String, section: String) -> String {
        "Sectie “\(section)” heeft geen thermometergroep “\(group)”."
    }

    func stage(_ stage: Stage) -> String { stage.stepNumber.map { "stap \($0)" } ?? stage.code }
    func stepMoved(_ name: String, from: Stage, to: Stage, revision: Int) -> String {
        "\(name): \(stage(from)) → \(stage(to)) (\(StepNames.dutch(to))), opgeslagen als versie \(revision)."
    }
    func stepStays(_ name: String, at: Stage, reason: StepRefusal) -> String {
        "\(name) blijft bij \(stage(at)): \(CommandSupport.lowercasingFirst(reason.dutch))"
    }
    func stepForbidden(_ name: String, from: Stage, to: Stage, reason: StepRefusal) -> String {
        "\(name) kan niet van \(stage(from)) naar \(stage(to)): \(CommandSupport.lowercasingFirst(reason.dutch))"
    }
    func stepMissing(_ name: String, at: Stage, missing: [MissingRecord]) -> String {
        "\(name) blijft bij \(stage(at)), want in het stappenplan ontbreekt nog \(missing.map(\.dutch).joined(separator: ", ")); vul dat eerst in bij het initiatief (`knooppunt`, Enter op de kaart), of gebruik --force om toch te verplaatsen."
    }
    func stepMovedAnyway(missing: [MissingRecord]) -> String {
        "verplaatst met --force, hoewel in het stappenplan nog \(missing.map(\.dutch).joined(separator: ", ")) ontbreekt."
    }
    func stepFutureRefused(_ day: Day, name: String) -> String {
        "--on \(day) ligt na vandaag (\(Day.today)); er is niets geschreven. Geef --yes als \(name) echt op die dag verder gaat."
    }
    func stepFutureQuestion(_ day: Day, name: String) -> String {
        "--on \(day) ligt na vandaag (\(Day.today)). \(name) op die dag verplaatsen? [j/N] "
    }

    func stepNoInitiative(_ query: String, section: String, titles: [String]) -> String {
        "Sectie \(section) heeft geen initiatief \(query); "
            + (titles.isEmpty
                ? "er zijn nog geen initiatieven."
                : "de initiatieven zijn \(titles.joined(separator: ", ")).")
    }
    func stepSeveralInitiatives(_ query: String, candidates: [String]) -> String {
        "\(query) past bij \(candidates.count) initiatieven, \(candidates.joined(separator: ", ")); geef het id."
    }

    func interventionAgreed(_ number: Int, date: Day, sociogram: String, words: String) -> String {
        "Interventie \(number) afgesproken bij de meting van \(date) van “\(sociogram)”"
            + (words.isEmpty ? "" : "; “\(words)” is niemand van de sectie en blijft dus als tekst staan")
            + "."
    }
    func interventionMarked(_ number: Int, done: Bool) -> String {
        "Interventie \(number) \(done ? "afgerond" : "weer open")."
    }
    func contactAdded(_ contact: String, owner: String, wished: Bool, inSection: Bool) -> String {
        "\(contact) staat op de groslijst van \(owner) als \(wished ? "gewenst" : "bestaand") contact"
            + (inSection ? "." : " (geen lid van de sectie).")
    }
    func optionRefused(_ option: String, reason: TextRefusal) -> String {
        "\(option): \(reason.dutch) Er is niets geschreven."
    }
    func severalPeopleFor(_ option: String, query: String, names: [String]) -> String {
        "\(option) “\(query)” past bij \(names.count) mensen (\(names.joined(separator: ", "))); geef de volledige naam. Er is niets geschreven."
    }
    func giveOneOf(_ options: [String]) -> String {
        "Geef minstens een van \(EnglishWords.list(options, or: "en")); er is niets geschreven."
    }
    func choiceRefused(_ option: String, choices: [String], given: String) -> String {
        "\(option) is \(EnglishWords.list(choices, or: "of")), niet “\(given)”."
    }
    func scoreRefused(_ index: Int, given: String, range: ClosedRange<Int>) -> String {
        "Score \(index) van --scores is “\(given)”, maar elke score moet een heel getal van \(range.lowerBound) tot en met \(range.upperBound) zijn; er is niets geschreven."
    }

    func thermometerRecorded(_ person: String, sum: Int, band: ThermometerBand, group: String, day: Day)
        -> String
    {
        "\(person): som \(sum) van 20, band \(band.rawValue) (\(band.dutchName): \(band.dutchAdvice)); vastgelegd voor \(group.isEmpty ? "de hele sectie" : "“\(group)”") op \(day), zonder je naam."
    }
    func forgetPlan(_ person: String, section: String, mentions: Int, kept: Int) -> [String] {
        [
            "\(person) wissen uit “\(section)”:",
            "- de persoon en alle verwijzingen (initiatieven, taken, netwerken)",
            "- de privénotitie op deze computer (het privébestand naast de samenvoegbases)",
            mentions == 0
                ? "- geen enkele tekst noemt de persoon"
                : "- de naam in \(mentions) tekst(en), vervangen door \(PersonErasure.placeholder):",
            "- hetzelfde in de \(kept) bewaarde versie(s) van deze sectie op deze computer",
        ]
    }
    func shared(_ folder: String, remote: String?) -> String {
        remote.map { "Gedeeld: \(folder) staat in git en is verstuurd naar \($0)." }
            ?? "Gedeeld: \(folder) is een git-repository; voeg met --remote een gedeelde plek toe om te delen."
    }
    func committedHere(_ summary: String?) -> String {
        summary.map {
            "Hier vastgelegd: \($0). Geen gedeelde plek om mee te delen (knooppunt share init --remote URL)."
        }
            ?? "Niets te delen en geen gedeelde plek (knooppunt share init --remote URL)."
    }
}
