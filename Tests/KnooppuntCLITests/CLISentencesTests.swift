import Foundation
import KnooppuntModel
import KnooppuntWords
import Testing

@testable import knooppunt

/// The command line's sentences that choose or join per language (a stage's name, a list joined with
/// "of", a git step, a plural), each branch in both languages, word for word: the command tests name
/// only a part of most of them, and these must read the same whichever way they are written.
@Suite struct CLISentencesTests {
    let day = Day(year: 2027, month: 1, day: 15)

    /// `sentence` in Dutch is `dutch` and in English `english`, character for character.
    func expect(
        _ sentence: (Words) -> String, _ dutch: String, _ english: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sentence(.dutch) == dutch, sourceLocation: sourceLocation)
        #expect(sentence(.english) == english, sourceLocation: sourceLocation)
    }

    func lines(
        _ sentence: (Words) -> [String], _ dutch: [String], _ english: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sentence(.dutch) == dutch, sourceLocation: sourceLocation)
        #expect(sentence(.english) == english, sourceLocation: sourceLocation)
    }

    @Test func refusedNamesAndNotes() {
        let empty = TextRefusal.empty
        expect(
            { $0.nameRefused(.section, reason: empty) },
            "De naam van de sectie is geweigerd: de tekst is leeg; typ minstens één letter.",
            "The section name was refused: the text is empty; type at least one letter.")
        expect(
            { $0.nameRefused(.school, reason: empty) },
            "De naam van de school is geweigerd: de tekst is leeg; typ minstens één letter.",
            "The school name was refused: the text is empty; type at least one letter.")
        expect(
            { $0.nameRefused(.schoolYear, reason: empty) },
            "Het schooljaar is geweigerd: de tekst is leeg; typ minstens één letter.",
            "The school year was refused: the text is empty; type at least one letter.")
        expect(
            { $0.nameRefused(.group, reason: empty) },
            "De naam van de groep is geweigerd: de tekst is leeg; typ minstens één letter.",
            "The group name was refused: the text is empty; type at least one letter.")
        expect(
            { $0.noteRefused(.tooLong(limit: 9)) },
            "De notitie is geweigerd: de tekst is langer dan 9 tekens; maak hem korter.",
            "The note was refused: the text is longer than 9 characters; shorten it.")
        expect(
            { $0.optionRefused("--what", reason: empty) },
            "--what: De tekst is leeg; typ minstens één letter. Er is niets geschreven.",
            "--what: The text is empty; type at least one letter. Nothing was written.")
    }

    @Test func aRepairedSection() throws {
        var section = Section(name: "Sectie Frans")
        section.meetings = [Meeting(number: Int.max)]
        let repair = try #require(SectionValidation.repaired(section).repairs.first)
        expect(
            { $0.repaired("frans.json", repair) },
            "frans.json: 1 overlegnummer buiten 1–9999 opnieuw genummerd (alleen in het geheugen; het bestand verandert pas bij opslaan).",
            "frans.json: 1 meeting number outside 1–9999 renumbered (in memory; the file changes only when it is saved)."
        )
    }

    @Test func whatACommandNamesIsNotThere() {
        expect(
            { $0.noMeeting(7, section: "Frans", numbers: []) },
            "Sectie “Frans” heeft geen overleg 7; er is nog geen overleg.",
            "Section “Frans” has no meeting 7; it has no meetings yet.")
        expect(
            { $0.noMeeting(7, section: "Frans", numbers: ["1", "2"]) },
            "Sectie “Frans” heeft geen overleg 7; er zijn overleggen 1, 2.",
            "Section “Frans” has no meeting 7; it has 1, 2.")
        expect(
            { $0.noNetworkYet(.sociogram, section: "Frans") },
            "Sectie “Frans” heeft nog geen sociogram; maak er eerst een in het programma (knooppunt, scherm 4) of met knooppunt import survey.",
            "Section “Frans” has no sociogram yet; make one in the interface (knooppunt, screen 4) or with knooppunt import survey first."
        )
        expect(
            { $0.noNetworkYet(.ecogram, section: "Frans") },
            "Sectie “Frans” heeft nog geen ecogram; maak er eerst een in het programma (knooppunt, scherm 3).",
            "Section “Frans” has no ecogram yet; make one in the interface (knooppunt, screen 3) first.")
        expect(
            { $0.noNetworkYet(.analysis, section: "Frans") },
            "Sectie “Frans” heeft nog geen netwerkanalyse; maak er eerst een in het programma (knooppunt, scherm 3).",
            "Section “Frans” has no network analysis yet; make one in the interface (knooppunt, screen 3) first."
        )
        expect(
            { $0.noNetwork(.analysis, named: "x", section: "Frans", list: "a, b") },
            "Sectie “Frans” heeft geen netwerkanalyse “x”; er zijn: a, b.",
            "No network analysis named “x” in section “Frans”; there are: a, b.")
        expect(
            { $0.severalNetworks(.ecogram, named: "x", list: "a, b") },
            "“x” past bij meer dan één ecogram (a, b); geef meer van de naam.",
            "“x” fits several ecograms (a, b); give more of the name.")
        expect(
            { $0.noThermometerGroup("2b", section: "Frans") },
            "Sectie “Frans” heeft geen thermometergroep “2b”.",
            "Section “Frans” has no thermometer group “2b”.")
        expect(
            { $0.noThermometerGroup("2b", section: "Frans", groups: []) },
            "Sectie “Frans” heeft geen thermometergroep “2b”; er is geen groep naast de hele sectie.",
            "Section “Frans” has no thermometer group “2b”; it has none besides the whole section.")
        expect(
            { $0.noThermometerGroup("2b", section: "Frans", groups: ["1a", "1b"]) },
            "Sectie “Frans” heeft geen thermometergroep “2b”; de groepen zijn 1a, 1b.",
            "Section “Frans” has no thermometer group “2b”; its groups are 1a, 1b.")
    }

    @Test func listsJoinedWithOrAndAnd() {
        expect(
            { $0.formatRefused("“pdf”", formats: ["md", "html", "csv"]) },
            "--format is md, html of csv, niet ““pdf””.",
            "--format takes md, html or csv, not ““pdf””.")
        expect(
            { $0.formatRefused("x", formats: ["md"]) }, "--format is md, niet “x”.",
            "--format takes md, not “x”.")
        expect(
            { $0.choiceRefused("--kind", choices: ["now", "wished"], given: "x") },
            "--kind is now of wished, niet “x”.",
            "--kind takes now or wished, not “x”.")
        expect(
            { $0.giveOneOf(["--what", "--who", "--by"]) },
            "Geef minstens een van --what, --who en --by; er is niets geschreven.",
            "Give at least one of --what, --who and --by; nothing was written.")
        expect(
            { $0.severalPeopleFor("--who", query: "An", names: ["Anna", "Anouk"]) },
            "--who “An” past bij 2 mensen (Anna, Anouk); geef de volledige naam. Er is niets geschreven.",
            "--who “An” names 2 people (Anna, Anouk); give the full name. Nothing was written.")
        expect(
            { $0.scoreRefused(3, given: "x", range: 1...5) },
            "Score 3 van --scores is “x”, maar elke score moet een heel getal van 1 tot en met 5 zijn; er is niets geschreven.",
            "Score 3 of --scores is “x”, but each score must be a whole number from 1 to 5; nothing was written."
        )
    }

    @Test func movingAnInitiative() {
        expect({ $0.stage(.step(3)) }, "stap 3", "step 3")
        expect({ $0.stage(.closed) }, Stage.closed.code, Stage.closed.code)
        expect(
            { $0.stepMoved("Bord", from: .step(2), to: .step(3), revision: 4) },
            "Bord: stap 2 → stap 3 (Informeren van de sectie over initiatief), opgeslagen als versie 4.",
            "Bord: step 2 → step 3 (Informing the section about the initiative), saved as revision 4.")
        let refusal = StepRefusal.alreadyThere
        expect(
            { $0.stepStays("Bord", at: .step(2), reason: refusal) },
            "Bord blijft bij stap 2: het initiatief staat al bij die stap.",
            "Bord stays at step 2: the initiative is already at that stage.")
        expect(
            { $0.stepForbidden("Bord", from: .step(2), to: .step(5), reason: refusal) },
            "Bord kan niet van stap 2 naar stap 5: het initiatief staat al bij die stap.",
            "Bord cannot go from step 2 to step 5: the initiative is already at that stage.")
        let one: [MissingRecord] = [.owner]
        let two: [MissingRecord] = [.owner, .motivation]
        expect(
            { $0.stepMissing("Bord", at: .step(1), missing: one) },
            "Bord blijft bij stap 1, want in het stappenplan ontbreekt nog \(one[0].dutch); vul dat eerst in bij het initiatief (`knooppunt`, Enter op de kaart), of gebruik --force om toch te verplaatsen.",
            "Bord stays at step 1 because the stappenplan still misses \(one[0].english); record it in the initiative's editor (`knooppunt`, Enter on its card) first, or use --force to move anyway."
        )
        expect(
            { $0.stepMissing("Bord", at: .step(1), missing: two) },
            "Bord blijft bij stap 1, want in het stappenplan ontbreekt nog \(two[0].dutch), \(two[1].dutch); vul dat eerst in bij het initiatief (`knooppunt`, Enter op de kaart), of gebruik --force om toch te verplaatsen.",
            "Bord stays at step 1 because the stappenplan still misses \(two[0].english), \(two[1].english); record them in the initiative's editor (`knooppunt`, Enter on its card) first, or use --force to move anyway."
        )
        expect(
            { $0.stepMovedAnyway(missing: two) },
            "verplaatst met --force, hoewel in het stappenplan nog \(two[0].dutch), \(two[1].dutch) ontbreekt.",
            "moved with --force although the stappenplan still misses \(two[0].english), \(two[1].english).")
    }

    @Test func aMoveOnALaterDayAndAnInitiativeNotFound() {
        let today = Day.today
        expect(
            { $0.stepFutureRefused(day, name: "Bord") },
            "--on \(day) ligt na vandaag (\(today)); er is niets geschreven. Geef --yes als Bord echt op die dag verder gaat.",
            "--on \(day) is after today (\(today)); nothing was written. Give --yes if Bord really moves on that day."
        )
        expect(
            { $0.stepFutureQuestion(day, name: "Bord") },
            "--on \(day) ligt na vandaag (\(today)). Bord op die dag verplaatsen? [j/N] ",
            "--on \(day) is after today (\(today)). Move Bord on that day? [y/N] ")
        expect(
            { $0.stepNoInitiative("x", section: "Frans", titles: []) },
            "Sectie Frans heeft geen initiatief x; er zijn nog geen initiatieven.",
            "Section Frans has no initiative x; it has no initiatives yet.")
        expect(
            { $0.stepNoInitiative("x", section: "Frans", titles: ["a", "b"]) },
            "Sectie Frans heeft geen initiatief x; de initiatieven zijn a, b.",
            "Section Frans has no initiative x; its initiatives are a, b.")
        expect(
            { $0.stepSeveralInitiatives("x", candidates: ["a", "b"]) },
            "x past bij 2 initiatieven, a, b; geef het id.",
            "x matches 2 initiatives, a, b; give the id instead.")
    }

    @Test func interventionsAndTheLongList() {
        expect(
            { $0.interventionAgreed(2, date: day, sociogram: "Klas", words: "") },
            "Interventie 2 afgesproken bij de meting van \(day) van “Klas”.",
            "Intervention 2 agreed on the measurement of \(day) of “Klas”.")
        expect(
            { $0.interventionAgreed(2, date: day, sociogram: "Klas", words: "Pim") },
            "Interventie 2 afgesproken bij de meting van \(day) van “Klas”; “Pim” is niemand van de sectie en blijft dus als tekst staan.",
            "Intervention 2 agreed on the measurement of \(day) of “Klas”; “Pim” is nobody in the section, so it is kept in words."
        )
        expect(
            { $0.interventionMarked(2, done: true) }, "Interventie 2 afgerond.", "Intervention 2 marked done."
        )
        expect(
            { $0.interventionMarked(2, done: false) }, "Interventie 2 weer open.",
            "Intervention 2 marked open.")
        expect(
            { $0.contactAdded("Pim", owner: "An", wished: true, inSection: true) },
            "Pim staat op de groslijst van An als gewenst contact.",
            "Pim is on the long list of An as a wished-for contact.")
        expect(
            { $0.contactAdded("Pim", owner: "An", wished: false, inSection: false) },
            "Pim staat op de groslijst van An als bestaand contact (geen lid van de sectie).",
            "Pim is on the long list of An as a present contact (not a person of the section).")
    }

    @Test func theThermometerAndForget() {
        let band = ThermometerBand.average
        let dutchBand = "band 2 (\(band.dutchName): \(band.dutchAdvice))"
        let englishBand = "band 2 (\(band.englishName): \(band.englishAdvice))"
        expect(
            { $0.thermometerRecorded("An", sum: 11, band: band, group: "", day: day) },
            "An: som 11 van 20, \(dutchBand); vastgelegd voor de hele sectie op \(day), zonder je naam.",
            "An: sum 11 of 20, \(englishBand); recorded for the whole section on \(day), without your name.")
        expect(
            { $0.thermometerRecorded("An", sum: 11, band: band, group: "2b", day: day) },
            "An: som 11 van 20, \(dutchBand); vastgelegd voor “2b” op \(day), zonder je naam.",
            "An: sum 11 of 20, \(englishBand); recorded for “2b” on \(day), without your name.")
        let erased = PersonErasure.placeholder
        lines(
            { $0.forgetPlan("An", section: "Frans", mentions: 0, kept: 3) },
            [
                "An wissen uit “Frans”:",
                "- de persoon en alle verwijzingen (initiatieven, taken, netwerken)",
                "- de privénotitie op deze computer (het privébestand naast de samenvoegbases)",
                "- geen enkele tekst noemt de persoon",
                "- hetzelfde in de 3 bewaarde versie(s) van deze sectie op deze computer",
            ],
            [
                "Erase An from “Frans”:",
                "- the person and every reference to them (initiatives, tasks, networks)",
                "- their private note on this machine (the private file beside the merge bases)",
                "- no free text mentions them",
                "- the same in the 3 kept version(s) of this section on this machine",
            ])
        #expect(
            Words.dutch.forgetPlan("An", section: "Frans", mentions: 2, kept: 0)[3]
                == "- de naam in 2 tekst(en), vervangen door \(erased):")
        #expect(
            Words.english.forgetPlan("An", section: "Frans", mentions: 2, kept: 0)[3]
                == "- their name in 2 text(s), replaced by \(erased):")
    }

    @Test func sharingAndGit() {
        expect(
            { $0.shared("/s", remote: "u") }, "Gedeeld: /s staat in git en is verstuurd naar u.",
            "Shared: /s is in git and pushed to u.")
        expect(
            { $0.shared("/s", remote: nil) },
            "Gedeeld: /s is een git-repository; voeg met --remote een gedeelde plek toe om te delen.",
            "Shared: /s is a git repository; add a remote with --remote to share it.")
        expect(
            { $0.committedHere("2 wijzigingen") },
            "Hier vastgelegd: 2 wijzigingen. Geen gedeelde plek om mee te delen (knooppunt share init --remote URL).",
            "Committed here: 2 wijzigingen. No remote to share with (knooppunt share init --remote URL).")
        expect(
            { $0.committedHere(nil) },
            "Niets te delen en geen gedeelde plek (knooppunt share init --remote URL).",
            "Nothing to share and no remote (knooppunt share init --remote URL).")
        expect({ $0.syncedIn([]) }, "Gedeeld ⇅ niets binnengekomen", "Shared ⇅ nothing came in")
        expect({ $0.syncedIn(["a", "b"]) }, "Gedeeld ⇅ a; b", "Shared ⇅ a; b")
        let steps: [(GitStep, String, String)] = [
            (.registerMergeDriver, "het samenvoegprogramma niet aanmelden", "register the merge driver"),
            (.setName, "geen naam instellen", "set a name"),
            (.setAddress, "geen adres instellen", "set an address"),
            (.makeRepository, "geen repository maken", "make a repository"),
            (.addSections, "de secties niet toevoegen", "add the sections"),
            (.firstCommit, "de eerste versie niet vastleggen", "make the first commit"),
            (.setRemote, "de gedeelde plek niet instellen", "set the remote"),
            (.addRemote, "de gedeelde plek niet instellen", "add the remote"),
            (.push("u"), "niet versturen naar u", "push to u"), (.clone("u"), "u niet kopiëren", "clone u"),
            (.readCommit, "de huidige versie niet lezen", "read the current commit"),
            (.readBranch, "de tak niet lezen", "read the branch"),
            (.readChanges, "niet lezen wat er veranderd is", "read what changed"),
            (.addChanges, "de wijzigingen niet toevoegen", "add the changes"),
            (.commitChanges, "de wijzigingen niet vastleggen", "commit the changes"),
        ]
        for (step, dutch, english) in steps {
            expect({ $0.gitFailed(step, reason: "r") }, "git kon \(dutch): r", "git could not \(english): r")
        }
    }

    @Test func sectionsConflictsAndASurvey() {
        lines(
            { $0.sectionsHeader }, ["SLUG", "NAAM", "MENSEN", "INITIATIEVEN", "OVERLEGGEN"],
            ["SLUG", "NAME", "PEOPLE", "INITIATIVES", "MEETINGS"])
        expect(
            { $0.conflictDecided("p", keepOther: true, left: 2) },
            "Besloten: p krijgt de andere waarde. Nog 2 open conflict(en).",
            "Decided: p keeps the other value. 2 open conflict(s) left.")
        expect(
            { $0.conflictDecided("p", keepOther: false, left: 0) },
            "Besloten: p krijgt de huidige waarde. Nog 0 open conflict(en).",
            "Decided: p keeps the current value. 0 open conflict(s) left.")
        lines(
            { $0.conflictValues(current: "a", other: "b", source: "s", at: "t") },
            ["          huidig: a", "          ander:  b  (van s, t)"],
            ["          current: a", "          other:   b  (from s, t)"])
        let tail = "‘Klas’"
        expect(
            {
                $0.surveyImported(
                    choices: 1, respondents: 1, topics: "t", sociogram: "Klas", date: "d", column: "c")
            },
            "Geïmporteerd: 1 keuze van 1 respondent, onderwerpen t, in \(tail), meting van d. Respondenten uit c.",
            "Imported 1 choice of 1 respondent, topics t, into \(tail), measurement of d. Respondents from c."
        )
        expect(
            {
                $0.surveyImported(
                    choices: 3, respondents: 2, topics: "t", sociogram: "Klas", date: "d", column: "c")
            },
            "Geïmporteerd: 3 keuzes van 2 respondenten, onderwerpen t, in \(tail), meting van d. Respondenten uit c.",
            "Imported 3 choices of 2 respondents, topics t, into \(tail), measurement of d. Respondents from c."
        )
    }
}
