import KnooppuntModel

/// The command line's sentences in Dutch, the default.
struct DutchWords: CommandWords {
    let errorPrefix = "Fout: "
    let warningPrefix = "Let op: "
    func helpHint(_ command: String) -> String { "Zie `\(command) --help` voor de opties." }

    let dataDirEmpty =
        "--data-dir kreeg een lege mapnaam; noem een map, of laat de optie weg voor de standaardmap."
    func langRefused(_ given: String) -> String { "--lang is nl of en, niet “\(given)”." }
    func widthRefused(_ width: Int) -> String {
        "--width moet tussen 40 en 1000 kolommen liggen, niet \(width)."
    }
    func heightRefused(_ height: Int) -> String {
        "--height moet tussen 12 en 500 regels liggen, niet \(height)."
    }
    let todayRefused = "--today moet een datum zijn als JJJJ-MM-DD of DD-MM-JJJJ."
    func measurementRefused(_ given: Int) -> String { "--measurement telt vanaf 1, niet \(given)." }
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
    func savedMeanwhile(_ section: String, found: Int, expected: Int) -> String {
        "Sectie \(section) is door iemand anders opgeslagen terwijl deze opdracht liep (versie \(found), deze opdracht las \(expected)); er is niets geschreven — geef de opdracht opnieuw."
    }
    func cannotRead(_ file: String) -> String {
        "\(file) kan niet gelezen worden: het bestand bestaat niet of is niet leesbaar."
    }
    let nothingImported = "Er is niets geïmporteerd."
    func importProblems(_ count: Int) -> String { "\(count) fouten; er is niets geïmporteerd." }

    func noPerson(_ query: String, section: String) -> String {
        "Sectie “\(section)” heeft niemand die “\(query)” heet"
    }
    func severalPeople(_ query: String, count: Int, candidates: String) -> String {
        "“\(query)” past bij \(count) mensen (\(candidates)); geef de volledige naam of de initialen"
    }
    let nothingWritten = "; er is niets geschreven."
    func noInitiative(_ query: String, section: String) -> String {
        "Sectie “\(section)” heeft geen initiatief “\(query)”; `knooppunt show stappenplan --section \(section)` toont ze."
    }
    func severalInitiatives(_ query: String, count: Int) -> String {
        "“\(query)” past bij \(count) initiatieven; geef meer van de titel of het id (`--format tsv` van show stappenplan toont de ids)."
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
    func noTopic(_ topic: String, sociogram: String, topics: String) -> String {
        "Sociogram “\(sociogram)” heeft geen onderwerp “\(topic)”; de onderwerpen zijn: \(topics)."
    }
    func noSuchMeasurement(_ given: Int, sociogram: String, count: Int) -> String {
        "Sociogram “\(sociogram)” heeft \(count) meting(en); --measurement \(given) bestaat niet."
    }
    func noMeasurementYet(_ sociogram: String) -> String {
        "Sociogram “\(sociogram)” heeft nog geen meting; maak er eerst een (scherm 4, N)."
    }

    func formatRefused(_ given: String, formats: [String]) -> String {
        "--format is \(EnglishWords.list(formats, or: "of")), niet “\(given)”."
    }
    let outputEmpty =
        "-o kreeg een lege bestandsnaam; noem een bestand, of laat -o weg om de export te tonen."
    let nameOneNetwork = "Noem één netwerk: --sociogram NAAM, --ecogram NAAM of --analysis NAAM."
    let sociogramOptionsAlone =
        "--topic en --measurement horen bij een sociogram; gebruik ze met --sociogram."
    func gexfRefused(_ given: String) -> String { "--gexf is 1.3 of 1.2, niet “\(given)”." }
    let tablesNeedCSV = "--ties en --matrix kiezen een CSV-tabel; gebruik ze met --format csv."
    let oneTable = "Kies één tabel: --ties of --matrix."
    func noMeasurementToExport(_ sociogram: String) -> String {
        "Sociogram “\(sociogram)” heeft nog geen meting; er is niets te exporteren."
    }
    func noMeasurementOn(_ given: String, sociogram: String, dates: String) -> String {
        "Sociogram “\(sociogram)” heeft geen meting “\(given)”; de metingen zijn: \(dates)."
    }
    func outputIsFolder(_ path: String) -> String {
        "\(path) is een map; geef -o een bestandsnaam in die map."
    }
    func folderMissing(_ path: String) -> String {
        "De map \(path) bestaat niet; maak hem eerst of kies een andere -o."
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
    func stepBackForward(_ name: String, at: Int, to: Int) -> String {
        "\(name) staat bij stap \(at), dus back --to \(to) zou het vooruit zetten; gebruik `next` om een stap verder te gaan."
    }
    func stepBeforeLastChange(_ day: Day, name: String, earliest: Day) -> String {
        "--on \(day) ligt vóór de laatste vastgelegde wijziging van \(name) (\(earliest)); geef die dag of een latere."
    }
    func stepFutureRefused(_ day: Day, name: String) -> String {
        "--on \(day) ligt na vandaag (\(Day.today)); er is niets geschreven. Geef --yes als \(name) echt op die dag verder gaat."
    }
    func stepFutureQuestion(_ day: Day, name: String) -> String {
        "--on \(day) ligt na vandaag (\(Day.today)). \(name) op die dag verplaatsen? [j/N] "
    }

    func stepToWithoutBack(_ move: String) -> String {
        "--to hoort bij back (bijvoorbeeld `back --to 8`); \(move) heeft maar één doel."
    }
    func stepToRefused(_ to: Int) -> String { "--to moet een stap van 0 tot en met 10 zijn, niet \(to)." }
    let stepOnRefused =
        "--on moet een datum zijn als JJJJ-MM-DD of DD-MM-JJJJ, bijvoorbeeld 2026-11-21 of 21-11-2026."
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
    func interventionChanged(_ number: Int) -> String { "Interventie \(number) gewijzigd." }
    func interventionMarked(_ number: Int, done: Bool) -> String {
        "Interventie \(number) \(done ? "afgerond" : "weer open")."
    }
    func interventionRemoved(_ number: Int, what: String) -> String {
        "Interventie \(number) (“\(what)”) verwijderd."
    }
    func contactAdded(_ contact: String, owner: String, wished: Bool, inSection: Bool) -> String {
        "\(contact) staat op de groslijst van \(owner) als \(wished ? "gewenst" : "bestaand") contact"
            + (inSection ? "." : " (geen lid van de sectie).")
    }
    func contactChanged(_ contact: String) -> String { "\(contact) gewijzigd." }
    func contactRemoved(_ contact: String) -> String { "\(contact) van de groslijst gehaald." }
    func schakelMade(_ contact: String, analysis: String) -> String {
        "\(contact) is nu een schakel in “\(analysis)”."
    }

    func optionRefused(_ option: String, reason: TextRefusal) -> String {
        "\(option): \(reason.dutch) Er is niets geschreven."
    }
    func severalPeopleFor(_ option: String, query: String, names: [String]) -> String {
        "\(option) “\(query)” past bij \(names.count) mensen (\(names.joined(separator: ", "))); geef de volledige naam. Er is niets geschreven."
    }
    func dateRefused(_ option: String, given: String) -> String {
        "\(option) moet een datum zijn als 2027-03-15 of 15-3-2027, niet “\(given)”; er is niets geschreven."
    }
    func giveOneOf(_ options: [String]) -> String {
        "Geef minstens een van \(EnglishWords.list(options, or: "en")); er is niets geschreven."
    }
    func choiceRefused(_ option: String, choices: [String], given: String) -> String {
        "\(option) is \(EnglishWords.list(choices, or: "of")), niet “\(given)”."
    }
    func noIntervention(_ number: Int, date: Day, count: Int) -> String {
        "De meting van \(date) heeft \(count) interventie(s); --number \(number) bestaat niet; er is niets geschreven."
    }
    func notOnList(_ contact: String, owner: String) -> String {
        "“\(contact)” staat niet op de groslijst van \(owner); er is niets geschreven."
    }
    let ownNameOnList = "Iemands eigen naam hoort niet op de eigen groslijst; er is niets geschreven."
    func alreadyOnList(_ contact: String, owner: String) -> String {
        "\(contact) staat al op de groslijst van \(owner); er is niets geschreven."
    }
    func alreadySchakel(_ contact: String, analysis: String) -> String {
        "\(contact) is al een schakel in “\(analysis)”; er is niets geschreven."
    }
    func scoresCount(_ count: Int, order: String, given: Int) -> String {
        "--scores vraagt \(count) getallen, gescheiden door komma's (\(order)), niet \(given); er is niets geschreven."
    }
    func scoreRefused(_ index: Int, given: String, range: ClosedRange<Int>) -> String {
        "Score \(index) van --scores is “\(given)”, maar elke score moet een heel getal van \(range.lowerBound) tot en met \(range.upperBound) zijn; er is niets geschreven."
    }

    func thermometerRecorded(_ person: String, sum: Int, band: ThermometerBand, group: String, day: Day)
        -> String
    {
        "\(person): som \(sum) van 20, band \(band.rawValue) (\(band.dutchName): \(band.dutchAdvice)); vastgelegd voor \(group.isEmpty ? "de hele sectie" : "“\(group)”") op \(day), zonder je naam."
    }
    func dimensionsRecorded(_ person: String, day: Day, answers: Int) -> String {
        "\(person): elf kruisjes vastgelegd in de ronde van \(day), zonder je naam (\(answers) antwoord(en) in die ronde)."
    }

    let nothingChanged = "Er is niets veranderd."
    let noTerminalToAsk = "(Geen terminal om het te vragen; herhaal met --yes om het te doen.)"
    let goAhead = "Doorgaan? [j/N] "
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
    func forgotten(revision: Int, rewritten: Int, removed: Int, unchanged: Int) -> String {
        "Gewist: opgeslagen als versie \(revision); bewaarde versies herschreven \(rewritten), onleesbare verwijderd \(removed), al schoon \(unchanged)."
    }
    let forgetOutOfReach =
        "Buiten bereik van hier: kopieën van deze sectie op andere computers (laptops van collega's, een gedeelde map) en een eventuele git-geschiedenis; wis de persoon daar ook."
    func purgePlan(_ section: String, before: Day, measurements: Int) -> String {
        "Uit “\(section)” alles van vóór \(before) verwijderen:\n- \(measurements) sociogrammeting(en)"
    }
    func purgeVersions(_ count: Int) -> String {
        "- \(count) bewaarde versie(s) van de sectie van vóór die dag"
    }
    let purgeNothingOld = "Niets is zo oud."
    func purged(revision: Int, deleted: Int, rewritten: Int) -> String {
        "Opgeschoond: sectie op versie \(revision); \(deleted) oude versie(s) verwijderd, \(rewritten) nieuwere herschreven zonder de metingen."
    }

    let needsTerminal = "knooppunt heeft een terminal nodig; gebruik `knooppunt show …` voor tekst."
    func noSectionToOpen(_ slug: String, folder: String) -> String {
        "Er is geen sectie \"\(slug)\" in \(folder); `knooppunt sections` toont ze."
    }

    func shared(_ folder: String, remote: String?) -> String {
        remote.map { "Gedeeld: \(folder) staat in git en is verstuurd naar \($0)." }
            ?? "Gedeeld: \(folder) is een git-repository; voeg met --remote een gedeelde plek toe om te delen."
    }
    func cloned(_ url: String, into folder: String) -> String {
        "\(url) gekopieerd naar \(folder); `knooppunt sync` houdt het bij."
    }
    func cloneNotEmpty(_ folder: String) -> String {
        "\(folder) is niet leeg; kopieer naar een lege gegevensmap (--data-dir)."
    }
    func recovered(_ slug: String, _ line: String) -> String {
        "Teruggehaald: \(slug): wat deze computer opsloeg was vervangen door de gedeelde map; weer samengevoegd (\(line))."
    }
    let noConflictCopies =
        "Geen conflictkopieën om samen te voegen; het programma van de gedeelde map doet de rest."
    func merged(_ line: String) -> String { "Samengevoegd: \(line)" }
    func committedHere(_ summary: String?) -> String {
        summary.map {
            "Hier vastgelegd: \($0). Geen gedeelde plek om mee te delen (knooppunt share init --remote URL)."
        }
            ?? "Niets te delen en geen gedeelde plek (knooppunt share init --remote URL)."
    }
    func unreachable(_ reason: String) -> String {
        "De gedeelde repository is niet bereikbaar: \(reason). Je werk is hier vastgelegd; synchroniseer later opnieuw."
    }
    func cameIn(_ line: String) -> String { "Binnengekomen: \(line)" }
    func wentOut(_ line: String) -> String { "Verstuurd: \(line)" }
    func openConflicts(_ section: String, count: Int, slug: String) -> String {
        "Open conflicten in \(section): \(count) (knooppunt conflicts --section \(slug))."
    }
    let inStep = "Bijgewerkt."
}
