import Foundation
import KnooppuntExchange
import KnooppuntModel
import Testing

/// Each export shape as the tools write it, imported into a section with no sociogram yet.
@Suite("Survey exports as form tools and spreadsheets write them")
struct SurveyFixtureTests {
    let day15 = Day(year: 2027, month: 1, day: 15)
    let day16 = Day(year: 2027, month: 1, day: 16)
    let day17 = Day(year: 2027, month: 1, day: 17)

    @Test("Microsoft Forms, Dutch: BOM, ;, metadata ignored, two questions, Forms' trailing ;, a repeat")
    func microsoftFormsDutch() throws {
        let section = SurveyFixture.section()
        let survey = try SurveyImport(csv: SurveyFixture.file("ms-forms-nl.csv"), section: section)
        let table = survey.table
        #expect(table.encoding == .utf8 && table.byteOrderMark && table.delimiter == ";")
        #expect(
            table.columns.map(\.role) == [
                .ignored, .startTime, .completionTime, .ignored, .respondent, .ignored, .question(0),
                .question(1),
            ])
        #expect(table.questions.map(\.topic) == ["didactiek", "zorg"])
        #expect(survey.problems.isEmpty, "\(survey.problems)")
        // Caroline answered on the 15th and again on the 17th: the later answer counts, and it is said.
        #expect(survey.notices.count == 1)
        #expect(survey.notices[0].nl.contains("‘Caroline Noël’ antwoordde twee keer (rijen 3 en 6)"))
        let out = try survey.apply(to: section)
        // The date is the latest completion time.
        #expect(out.measurementDate == day17 && out.measurementCreated)
        #expect(out.respondents == 4)
        let didactiek = SurveyFixture.pairs(out.section, topic: "didactiek", date: day17)
        #expect(
            didactiek == [
                ["Gemma de Vries", "Caroline Noël"], ["Gemma de Vries", "Fred van Dijk"],
                ["Caroline Noël", "Gemma de Vries"], ["Caroline Noël", "Sanne Öztürk"],
                ["Fred van Dijk", "Thomas Hoekstra"], ["Sanne Öztürk", "Caroline Noël"],
                ["Sanne Öztürk", "Theo Geërts"],
            ])
        let zorg = SurveyFixture.pairs(out.section, topic: "zorg", date: day17)
        #expect(zorg.count == 4)
        #expect(!zorg.contains(["Caroline Noël", "Gemma de Vries"]), "the earlier answer does not count")
        let topic = try #require(out.section.networks.sociograms[0].topic(named: "didactiek"))
        #expect(topic.question == "Aan wie vraag je advies over didactiek? (kies maximaal 3)")
        // The same file again changes nothing.
        let again = try SurveyImport(csv: SurveyFixture.file("ms-forms-nl.csv"), section: out.section)
            .apply(to: out.section)
        #expect(again.section == out.section)
    }

    @Test("Microsoft Forms, English: commas, month-first dates with AM/PM, topics from English questions")
    func microsoftFormsEnglish() throws {
        let section = SurveyFixture.section()
        let survey = try SurveyImport(csv: SurveyFixture.file("ms-forms-en.csv"), section: section)
        #expect(survey.table.delimiter == ",")
        #expect(survey.table.questions.map(\.topic) == ["didactics", "pupil care"])
        #expect(
            survey.table.rows.map(\.completion) == [
                SurveyTimestamp(day: day15, second: 9 * 3600 + 2 * 60 + 11),
                SurveyTimestamp(day: day15, second: 13 * 3600 + 7 * 60 + 3),
                SurveyTimestamp(day: day16, second: 10 * 3600 + 13 * 60 + 45),
            ])
        let out = try survey.apply(to: section)
        #expect(out.measurementDate == day16)
        #expect(SurveyFixture.pairs(out.section, topic: "didactics", date: day16).count == 5)
        #expect(SurveyFixture.pairs(out.section, topic: "pupil care", date: day16).count == 2)
    }

    @Test("Google Forms, Dutch: Tijdstempel, E-mailadres, names joined by ', ', names without accents")
    func googleFormsDutch() throws {
        let section = SurveyFixture.section()
        let survey = try SurveyImport(csv: SurveyFixture.file("google-nl.csv"), section: section)
        #expect(survey.table.byteOrderMark == false)
        #expect(survey.table.respondentColumn?.header == "Wat is je naam?")
        #expect(survey.table.columns[0].role == .completionTime && survey.table.columns[1].role == .ignored)
        let out = try survey.apply(to: section)
        #expect(out.measurementDate == day16)
        #expect(
            SurveyFixture.pairs(out.section, topic: "didactiek", date: day16) == [
                ["Gemma de Vries", "Caroline Noël"], ["Gemma de Vries", "Fred van Dijk"],
                ["Caroline Noël", "Gemma de Vries"], ["Caroline Noël", "Sanne Öztürk"],
                ["Fred van Dijk", "Thomas Hoekstra"],
            ])
    }

    @Test("Google Forms, English: Timestamp with a zone, Email address, Your name")
    func googleFormsEnglish() throws {
        let section = SurveyFixture.section()
        let survey = try SurveyImport(csv: SurveyFixture.file("google-en.csv"), section: section)
        #expect(survey.table.questions.map(\.topic) == ["lesson planning"])
        #expect(
            survey.table.rows.last?.completion == SurveyTimestamp(day: day15, second: 13 * 3600 + 7 * 60 + 3))
        let out = try survey.apply(to: section)
        #expect(out.choices == 3 && out.measurementDate == day15)
    }

    @Test("LimeSurvey: its metadata columns ignored, one column per option ticked with Ja, no time in a row")
    func limeSurvey() throws {
        let section = SurveyFixture.section()
        let survey = try SurveyImport(csv: SurveyFixture.file("limesurvey.csv"), section: section)
        #expect(survey.table.questions.count == 1)
        #expect(survey.table.questions[0].topic == "didactiek")
        #expect(survey.table.questions[0].options.count == 3)
        let out = try survey.apply(to: section)
        #expect(out.respondents == 3)
        #expect(
            SurveyFixture.pairs(out.section, topic: "didactiek", date: day15) == [
                ["Gemma de Vries", "Caroline Noël"], ["Gemma de Vries", "Fred van Dijk"],
                ["Caroline Noël", "Gemma de Vries"],
            ])
    }

    @Test("Excel CSV UTF-8: numbered columns Keuze 1 and Keuze 2 form one question, its topic from --topic")
    func excelUTF8() throws {
        let section = SurveyFixture.section()
        // Without --topic the question "Keuze" names no topic: a problem, while the preview still works.
        let bare = try SurveyImport(csv: SurveyFixture.file("excel-utf8.csv"), section: section)
        #expect(bare.problems.count == 1 && bare.problems[0].nl.contains("--column"))
        let survey = try SurveyImport(
            csv: SurveyFixture.file("excel-utf8.csv"), section: section,
            options: SurveyOptions(topic: "didactiek"))
        #expect(survey.table.questions.map(\.columns) == [[5, 6]])
        let out = try survey.apply(to: section)
        #expect(out.choices == 3 && out.measurementDate == day15)
    }

    @Test("Excel CSV on a Dutch Windows: Windows-1252 bytes read as Noël and Öztürk")
    func excelWindows1252() throws {
        let section = SurveyFixture.section()
        let survey = try SurveyImport(csv: SurveyFixture.file("excel-windows1252.csv"), section: section)
        #expect(survey.table.encoding == .windows1252)
        #expect(survey.problems.isEmpty, "\(survey.problems)")
        let out = try survey.apply(to: section)
        #expect(
            SurveyFixture.pairs(out.section, topic: "didactiek", date: day15).contains([
                "Gemma de Vries", "Sanne Öztürk",
            ]))
    }

    @Test("Excel Unicode-tekst: UTF-16 LE with a BOM and tabs")
    func excelUnicodeText() throws {
        let section = SurveyFixture.section()
        let survey = try SurveyImport(csv: SurveyFixture.file("excel-unicode.txt"), section: section)
        #expect(survey.table.encoding == .utf16LittleEndian && survey.table.delimiter == "\t")
        let out = try survey.apply(to: section)
        #expect(
            SurveyFixture.pairs(out.section, topic: "didactiek", date: day15) == [
                ["Gemma de Vries", "Caroline Noël"], ["Gemma de Vries", "Sanne Öztürk"],
                ["Sanne Öztürk", "Gemma de Vries"],
            ])
    }
}
