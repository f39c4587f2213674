import Foundation
import KnooppuntExchange
import KnooppuntModel
import Testing

/// The survey import's rules on small files: names, duplicates, measurements, and every refusal, each
/// one sentence naming its row and column.
@Suite("Survey import")
struct SurveyImportTests {
    func survey(
        _ csv: String, _ section: Section = SurveyFixture.section(),
        _ options: SurveyOptions = SurveyOptions()
    ) throws -> SurveyImport {
        try SurveyImport(
            csv: Data(csv.utf8), section: section, options: options, today: Day(year: 2027, month: 2, day: 1))
    }

    func refusal(_ csv: String, _ options: SurveyOptions = SurveyOptions()) -> ImportMessage? {
        do throws(ImportMessage) {
            _ = try SurveyImport(csv: Data(csv.utf8), section: SurveyFixture.section(), options: options)
            return nil
        } catch {
            return error
        }
    }

    let header = "Tijd van voltooien;Naam;Aan wie vraag je advies over didactiek?\n"

    @Test("A near miss is refused with a suggestion, naming its row and column")
    func nearMiss() throws {
        let s = try survey(
            header
                + "15-1-2027 9:00;Gemma;Caroline\n15-1-2027 9:01;Fred;Thomas\n15-1-2027 9:02;Theo;Sane Ozturk\n"
        )
        #expect(
            s.problems.map(\.nl) == [
                "‘Sane Ozturk’ (rij 4, kolom C “Aan wie vraag je advies over didactiek?”): bedoel je Sanne Öztürk? Verbeter de naam in het bestand."
            ])
        #expect(s.problems[0].en.contains("did you mean Sanne Öztürk?"))
        #expect(throws: ImportMessage.self) { try s.apply(to: SurveyFixture.section()) }
    }

    @Test("An unknown name stops the import; --add-unknown adds it, --skip-unknown leaves it out and says so")
    func unknownNames() throws {
        let csv =
            header + "15-1-2027 9:00;Gemma;Henk\n15-1-2027 9:01;Henk;Caroline\n15-1-2027 9:02;Theo;Henk\n"
        let refused = try survey(csv)
        #expect(refused.problems.count == 1)
        #expect(
            refused.problems[0].nl.hasPrefix(
                "‘Henk’ (rijen 2, 3 en 4, kolom C “Aan wie vraag je advies over didactiek?” en kolom B “Naam”): niemand in de sectie heet zo"
            ))
        let added = try survey(csv, SurveyFixture.section(), SurveyOptions(unknown: .add)).apply(
            to: SurveyFixture.section())
        #expect(added.newPeople == ["Henk"] && added.choices == 3)
        let skip = try survey(csv, SurveyFixture.section(), SurveyOptions(unknown: .skip))
        #expect(skip.problems.isEmpty)
        #expect(
            skip.notices.map(\.en) == [
                "‘Henk’ (rows 2, 3 and 4, column C “Aan wie vraag je advies over didactiek?” and column B “Naam”) skipped: nobody in the section has that name."
            ])
        let skipped = try skip.apply(to: SurveyFixture.section())
        // Henk's own row is left out; nobody else chose anyone but Henk.
        #expect(skipped.respondents == 2 && skipped.choices == 0 && skipped.newPeople.isEmpty)
    }

    @Test("An ambiguous name is refused even with --add-unknown, listing the candidates")
    func ambiguous() throws {
        var section = SurveyFixture.section()
        section.people.append(Person(name: "Gemma Bakker"))
        let s = try survey(header + "15-1-2027 9:00;Theo;Gemma\n", section, SurveyOptions(unknown: .add))
        #expect(
            s.problems.map(\.nl) == [
                "‘Gemma’ (rij 2, kolom C “Aan wie vraag je advies over didactiek?”) kan Gemma de Vries of Gemma Bakker zijn; schrijf de volledige naam."
            ])
    }

    @Test("Case, accents, IJ, extra spaces, initials and a unique surname all find the person")
    func forgivingNames() throws {
        let s = try survey(
            header
                + "15-1-2027 9:00;  sanne  OZTURK ;Ijsbrand de Jong;Noel\n15-1-2027 9:01;GdV;Öztürk\n"
                .replacingOccurrences(of: "Jong;Noel", with: "Jong, Noel"))
        #expect(s.problems.isEmpty, "\(s.problems)")
        let out = try s.apply(to: SurveyFixture.section())
        #expect(
            SurveyFixture.pairs(out.section, topic: "didactiek", date: Day(year: 2027, month: 1, day: 15))
                == [
                    ["Sanne Öztürk", "IJsbrand de Jong"], ["Sanne Öztürk", "Caroline Noël"],
                    ["Gemma de Vries", "Sanne Öztürk"],
                ])
    }

    @Test("A respondent twice: the latest completion wins, whatever the order of the rows, and it is said")
    func duplicates() throws {
        let s = try survey(header + "16-1-2027 9:00;Gemma;Fred\n15-1-2027 9:00;Gemma de Vries;Thomas\n")
        #expect(s.rows.map(\.line) == [2])
        #expect(
            s.notices.map(\.nl) == [
                "‘Gemma de Vries’ antwoordde twee keer (rijen 2 en 3); het laatste antwoord telt (rij 2, 2027-01-16 09:00)."
            ])
    }

    @Test("Choosing yourself is left out with a notice")
    func choosingYourself() throws {
        let s = try survey(header + "15-1-2027 9:00;Theo;\"Fred, theo geerts\"\n")
        #expect(s.notices.count == 1 && s.notices[0].nl.contains("kiest zichzelf (rij 2, kolom C"))
        #expect(try s.apply(to: SurveyFixture.section()).choices == 1)
    }

    @Test("Refused with row and column: no name column, an anonymous one, an empty respondent, a bad time")
    func structuralRefusals() throws {
        let noName = refusal(
            "Tijdstempel,Wie?,Aan wie vraag je advies over didactiek?\n2027-01-15,Gemma,Fred\n")
        #expect(noName?.nl.hasPrefix("Rij 1: geen kolom heet Naam") == true)
        #expect(noName?.nl.contains("--name-column") == true)
        #expect(noName?.en.contains("“Wie?”") == true)
        // Named by header or by letter, it is used.
        let byHeader = try survey(
            "Tijdstempel,Wie?,Aan wie vraag je advies over didactiek?\n2027-01-15,Gemma,Fred\n",
            SurveyFixture.section(), SurveyOptions(nameColumn: "wie"))
        #expect(byHeader.table.respondentColumn?.index == 1)
        let byLetter = try survey(
            "Tijdstempel,Wie?,Aan wie vraag je advies over didactiek?\n2027-01-15,Gemma,Fred\n",
            SurveyFixture.section(), SurveyOptions(nameColumn: "B"))
        #expect(byLetter.table.respondentColumn?.index == 1)
        #expect(
            refusal("Naam,Keuze\nGemma,Fred\n", SurveyOptions(nameColumn: "Wie"))?.en.hasPrefix(
                "--name-column ‘Wie’ names no column") == true)
        // Microsoft Forms without sign-in writes "anonymous"; the form's own name question is used.
        let anonymous = try survey(
            "ID;Naam;Wat is je naam?;Aan wie vraag je advies over didactiek?\n1;anonymous;Gemma;Fred\n")
        #expect(anonymous.table.respondentColumn?.index == 2 && anonymous.table.columns[1].role == .ignored)
        #expect(
            refusal("ID;Naam;Aan wie vraag je advies over didactiek?\n1;Anoniem;Fred\n")?.nl.hasPrefix(
                "Rij 1, kolom B “Naam”: die kolom heeft geen namen") == true)
        let empty = try survey(header + "15-1-2027 9:00;;Fred\n15-1-2027 9:01;Theo;Fred\n")
        #expect(
            empty.problems.map(\.nl) == [
                "Rij 2, kolom B “Naam”: de naam van de respondent is leeg, maar de rij heeft antwoorden."
            ])
        let badTime = try survey(header + "gisteren;Gemma;Fred\n")
        #expect(
            badTime.problems.map(\.en) == [
                "Row 2, column A “Tijd van voltooien”: ‘gisteren’ is not a date and time as Forms, Excel or LimeSurvey write them (such as 1/15/2027 9:02 AM)."
            ])
        #expect(refusal("")?.en.hasPrefix("The file is empty") == true)
        #expect(refusal("Naam,Keuze\n")?.en == "The file has a header but no respondents.")
        #expect(refusal("Naam\nGemma\n")?.line == 1)
        let broken = refusal("Naam,Keuze\nGemma,\"Fred\n")
        #expect(broken?.line == 2 && broken?.nl.hasPrefix("regel 2: ") == true)
    }

    @Test("Topics: several questions without one are listed with the option; --topic, --column, clashes")
    func topics() throws {
        let two = "Naam;Met wie werk je samen?;Wie bewonder je?\nGemma;Fred;Theo\n"
        let missing = try survey(two)
        #expect(
            missing.problems.map(\.nl) == [
                "Rij 1: uit de vraag van kolom B “Met wie werk je samen?” en kolom C “Wie bewonder je?” blijkt geen onderwerp; geef het met --column \"Met wie werk je samen?=onderwerp\"."
            ])
        #expect(
            refusal(two, SurveyOptions(topic: "samen"))?.nl.contains("het bestand heeft 2 vragen") == true)
        let given = try survey(
            two, SurveyFixture.section(),
            SurveyOptions(columnTopics: ["Met wie werk je samen?": "samenwerken", "C": "bewondering"]))
        #expect(given.table.questions.map(\.topic) == ["samenwerken", "bewondering"])
        #expect(
            refusal(two, SurveyOptions(columnTopics: ["Met wie eet je?": "eten"]))?.en.hasPrefix(
                "--column ‘Met wie eet je?’ names no question") == true)
        let clash = refusal("Naam;Advies over didactiek?;Hulp bij didactiek?\nGemma;Fred;Theo\n")
        #expect(
            clash?.nl
                == "Rij 1: kolom B “Advies over didactiek?” en kolom C “Hulp bij didactiek?” krijgen allebei het onderwerp ‘didactiek’; geef ze elk een eigen onderwerp met --column."
        )
        // One question without a topic in its text takes --topic.
        let one = try survey(
            "Naam;Met wie werk je samen?\nGemma;Fred\n", SurveyFixture.section(),
            SurveyOptions(topic: "samenwerken"))
        #expect(one.problems.isEmpty && one.table.questions[0].topic == "samenwerken")
        // A question asked before gets its topic back by its text.
        var section = SurveyFixture.section()
        section.networks.sociograms = [
            Sociogram(name: "S", topics: [SociogramTopic(name: "samen", question: "Met wie werk je samen?")])
        ]
        #expect(
            try survey("Naam;Met wie werk je samen?\nGemma;Fred\n", section).table.questions[0].topic
                == "samen")
    }

    @Test(
        "Measurements: dated by the latest completion, found again within the file's days, chosen by option")
    func measurements() throws {
        var section = SurveyFixture.section()
        let zorg = SociogramTopic(name: "didactiek")
        section.networks.sociograms = [
            Sociogram(
                name: "S", personIDs: section.people.map(\.id), topics: [zorg],
                measurements: [
                    SociogramMeasurement(date: Day(year: 2026, month: 1, day: 10)),
                    SociogramMeasurement(date: Day(year: 2027, month: 6, day: 1)),
                ])
        ]
        let csv = header + "14-1-2027 9:00;Gemma;Fred\n16-1-2027 9:00;Theo;Fred\n"
        let out = try survey(csv, section).apply(to: section)
        // New, dated the 16th, and placed between the two by date.
        #expect(out.measurementCreated && out.measurementDate == Day(year: 2027, month: 1, day: 16))
        #expect(
            out.section.networks.sociograms[0].measurements.map(\.date.description) == [
                "2026-01-10", "2027-01-16", "2027-06-01",
            ])
        // A later export of the same survey, with one more answer on the 20th, finds that measurement.
        let later = try survey(csv + "20-1-2027 9:00;Fred;Theo\n", out.section).apply(to: out.section)
        #expect(!later.measurementCreated && later.measurementDate == Day(year: 2027, month: 1, day: 16))
        #expect(later.section.networks.sociograms[0].measurements[1].choices.count == 3)
        // --measurement names an existing one; a missing one is refused with the dates there are.
        let existing = try survey(
            csv, section, SurveyOptions(measurement: .existing(Day(year: 2026, month: 1, day: 10))))
        #expect(existing.target.measurementIndex == 0)
        let missing = try survey(
            csv, section, SurveyOptions(measurement: .existing(Day(year: 2027, month: 3, day: 1))))
        #expect(
            missing.problems.map(\.en) == [
                "The sociogram ‘S’ has no measurement of 2027-03-01 (it has 2026-01-10, 2027-06-01); start one with --new-measurement 2027-03-01."
            ])
        let new = try survey(
            csv, section, SurveyOptions(measurement: .new(Day(year: 2027, month: 3, day: 1)))
        ).apply(to: section)
        #expect(
            new.section.networks.sociograms[0].measurements.map(\.date.description) == [
                "2026-01-10", "2027-03-01", "2027-06-01",
            ])
        #expect(
            try survey(csv, section, SurveyOptions(sociogram: "T")).problems.map(\.nl) == [
                "De sectie heeft geen sociogram ‘T’; wel “S”."
            ])
    }

    @Test(
        "Importing the same file twice changes nothing, and a respondent's earlier choices for the topic are replaced"
    )
    func idempotent() throws {
        var section = SurveyFixture.section()
        section.networks = DemoNetworks.networks
        let csv = "Naam,Met wie overleg je over zorg?\nGemma,Fred\n"
        let once = try survey(csv, section).apply(to: section)
        let m = try #require(once.section.networks.sociograms[0].measurements.last)
        #expect(
            m.choices.filter { $0.topicID == DemoNetworks.zorg && $0.from == DemoNetworks.gemma }.map(\.to)
                == [DemoNetworks.fred])
        let before = try #require(section.networks.sociograms[0].measurements.last)
        #expect(
            m.choices.filter { $0.topicID != DemoNetworks.zorg }
                == before.choices.filter { $0.topicID != DemoNetworks.zorg })
        #expect(try survey(csv, once.section).apply(to: once.section).section == once.section)
    }
}
