import Foundation
import KnooppuntExchange
import KnooppuntModel
import Testing

@Suite("Network survey import")
struct SurveyImportTests {
    /// The seven teachers of the demo, with their real (invented) surnames and accents.
    static func section() -> Section {
        let people = [
            Person(id: DemoNetworks.gemma, name: "Gemma de Vries"),
            Person(id: DemoNetworks.caroline, name: "Caroline Noël"),
            Person(id: DemoNetworks.fred, name: "Fred van Dijk"),
            Person(id: DemoNetworks.thomas, name: "Thomas Hoekstra"),
            Person(id: DemoNetworks.jochem, name: "Jochem Brouwer"),
            Person(id: DemoNetworks.heleen, name: "Heleen Jansen"),
            Person(id: DemoNetworks.theo, name: "Theo Geërts"),
        ]
        return Section(name: "Sectie Engels", people: people)
    }

    func data(_ text: String) -> Data { Data(text.utf8) }

    @Test("A good file: names by first name or full name, several per cell, into a new topic")
    func goodFile() throws {
        let csv = """
            Tijdstempel,Je naam,Keuze 1,Keuze 2
            2026/10/05 10:00,Gemma,Caroline,Heleen Jansen
            2026/10/05 10:02,caroline noel,"Gemma, Thomas",
            2026/10/05 10:03,Theo Geërts,Thomas,
            2026/10/05 10:04,Fred,,
            """
        let section = Self.section()
        let survey = try SurveyImport(csv: data(csv), section: section)
        #expect(survey.problems(in: section, addUnknown: false).isEmpty)
        let out = try survey.apply(
            to: section, topic: "zorg", question: "Aan wie vraag je advies over zorgleerlingen?",
            addUnknown: false,
            today: Day(year: 2026, month: 10, day: 5))
        #expect(out.respondents == 4)
        #expect(out.choices == 5)
        #expect(out.topicCreated)
        let s = try #require(out.section.networks.sociograms.first)
        let topic = try #require(s.topic(named: "Zorg"))
        #expect(topic.question == "Aan wie vraag je advies over zorgleerlingen?")
        let m = try #require(s.measurements.last)
        let expected: Set<[UUID]> = [
            [DemoNetworks.gemma, DemoNetworks.caroline], [DemoNetworks.gemma, DemoNetworks.heleen],
            [DemoNetworks.caroline, DemoNetworks.gemma], [DemoNetworks.caroline, DemoNetworks.thomas],
            [DemoNetworks.theo, DemoNetworks.thomas],
        ]
        #expect(Set(m.choices.map { [$0.from, $0.to] }) == expected)
        #expect(m.choices.allSatisfy { $0.topicID == topic.id && !$0.negative })
        // Everyone of the section takes part, also Fred who chose nobody.
        #expect(Set(s.personIDs) == Set(section.people.map(\.id)))
        // Importing the same file again changes nothing.
        let again = try SurveyImport(csv: data(csv), section: out.section).apply(
            to: out.section, topic: "zorg", question: nil, addUnknown: false)
        #expect(again.section.networks == out.section.networks)
    }

    @Test("Unknown names are listed with their rows and nothing is imported")
    func unknownNames() throws {
        let csv = "Naam,Keuze\nGemma,Henk\nCaroline,Henk\nTheo,Ingrid\n"
        let section = Self.section()
        let survey = try SurveyImport(csv: data(csv), section: section)
        let problems = survey.problems(in: section, addUnknown: false)
        #expect(problems.count == 2)
        #expect(problems[0].contains("“Henk” (rows 2, 3)"))
        #expect(problems[1].contains("“Ingrid” (row 4)"))
        #expect(throws: CSVError.self) {
            try survey.apply(to: section, topic: "zorg", question: nil, addUnknown: false)
        }
        // With --add-unknown they become people and their choices count.
        let out = try survey.apply(to: section, topic: "zorg", question: nil, addUnknown: true)
        #expect(out.newPeople == ["Henk", "Ingrid"])
        #expect(out.section.people.count == 9)
        #expect(out.choices == 3)
        let henk = try #require(out.section.people.first { $0.name == "Henk" })
        #expect(out.section.networks.sociograms[0].personIDs.contains(henk.id))
    }

    @Test("A first name two people share is ambiguous, even with --add-unknown")
    func ambiguousNames() throws {
        var section = Self.section()
        section.people.append(Person(name: "Gemma Bakker"))
        let survey = try SurveyImport(
            csv: data("Naam,Keuze\nCaroline,Gemma\nTheo,Gemma de Vries\n"), section: section)
        let problems = survey.problems(in: section, addUnknown: true)
        #expect(problems.count == 1)
        #expect(problems[0].contains("ambiguous name “Gemma” (row 2)"))
        #expect(problems[0].contains("Gemma de Vries") && problems[0].contains("Gemma Bakker"))
        #expect(throws: CSVError.self) {
            try survey.apply(to: section, topic: "zorg", question: nil, addUnknown: true)
        }
    }

    @Test("A respondent in two rows is refused: the later row would silently replace the earlier")
    func duplicateRespondent() throws {
        let section = Self.section()
        // "Gemma" and "Gemma de Vries" are one person, so one respondent twice.
        let survey = try SurveyImport(
            csv: data("Naam,Keuze\nGemma,Caroline\nTheo,Fred\nGemma de Vries,Thomas\n"), section: section)
        let problems = survey.problems(in: section, addUnknown: false)
        #expect(problems == ["respondent “Gemma” answers in more than one row (rows 2, 4)"])
        #expect(throws: CSVError.self) {
            try survey.apply(to: section, topic: "zorg", question: nil, addUnknown: false)
        }
    }

    @Test("Without a respondent column the first column is read as one, and the message says so")
    func noRespondentColumn() throws {
        let section = Self.section()
        let survey = try SurveyImport(
            csv: data("Keuze 1,Keuze 2\nGemma,Caroline\nGemma,Fred\n"), section: section)
        #expect(!survey.respondentColumnNamed)
        #expect(survey.respondentHeader == "Keuze 1")
        let problems = survey.problems(in: section, addUnknown: true)
        #expect(problems.count == 1)
        #expect(problems[0].contains("the first column, “Keuze 1”, was read as the respondent's name"))
    }

    @Test("A respondent choosing themself is refused with the row")
    func choosingThemself() throws {
        let section = Self.section()
        let survey = try SurveyImport(
            csv: data("Je naam,Keuze\nCaroline,Gemma\nTheo,\"Fred, theo geerts\"\n"), section: section)
        #expect(survey.respondentColumnNamed)
        let problems = survey.problems(in: section, addUnknown: false)
        #expect(problems == ["“Theo” chooses themself (row 3): remove that name or correct it"])
        #expect(throws: CSVError.self) {
            try survey.apply(to: section, topic: "zorg", question: nil, addUnknown: false)
        }
    }

    @Test("A header without a column of chosen names is refused, naming the row")
    func missingColumn() {
        #expect {
            try SurveyImport(csv: data("Naam\nGemma\n"), section: Self.section())
        } throws: { error in
            (error as? CSVError)?.line == 1 && "\(error)".contains("at least one column")
        }
        #expect(throws: CSVError.self) { try SurveyImport(csv: data(""), section: Self.section()) }
        #expect(throws: CSVError.self) {
            try SurveyImport(csv: data("Naam,Keuze\n"), section: Self.section())
        }
        #expect {
            try SurveyImport(csv: data("Naam,Keuze\n,Gemma\n"), section: Self.section())
        } throws: { error in
            (error as? CSVError)?.line == 2
        }
    }

    @Test(
        "A byte order mark, CRLF line ends, semicolons and quoted fields are read as a spreadsheet writes them"
    )
    func bomAndQuotes() throws {
        let bom = Data([0xEF, 0xBB, 0xBF])
        let csv =
            "Naam;Keuze 1;Keuze 2\r\n\"Heleen\";\"Gemma\";Caroline\r\n\"Jochem \"\"JB\"\" Brouwer\";Thomas;\r\n"
        // The quoted name with doubled quotes is not a section name: it is reported as written.
        let survey = try SurveyImport(csv: bom + data(csv), section: Self.section())
        #expect(survey.responses.map(\.respondent) == ["Heleen", "Jochem \"JB\" Brouwer"])
        #expect(survey.responses[0].chosen == ["Gemma", "Caroline"])
        #expect(survey.unknownNames.map(\.value) == ["jochem \"jb\" brouwer"])
        // The first header is matched without the BOM.
        let plain = try SurveyImport(csv: bom + data("Naam,Keuze\nHeleen,Gemma\n"), section: Self.section())
        #expect(plain.responses.count == 1)
        // A line break inside quotes stays inside the field.
        let rows = try CSVReader(bytes: data("a,b\n\"x\ny\",z\nlast,row\n")).records
        #expect(rows.map(\.fields) == [["a", "b"], ["x\ny", "z"], ["last", "row"]])
        #expect(rows.map(\.line) == [1, 2, 4])
        #expect(throws: CSVError.self) { try CSVReader(bytes: data("a,b\n\"open,c\n")) }
        // Bytes that are not UTF-8 are Windows-1252, as Excel on a Dutch Windows writes them.
        #expect(try CSVReader(bytes: Data([0x4E, 0x61, 0xFF, 0x0A])).records.map(\.fields) == [["Naÿ"]])
    }

    @Test("Survey names are matched by the person lookup: initials and surnames, but no parts of names")
    func personLookup() throws {
        let csv = "Naam;Keuze\nTH;van Dijk\nHoekstra;Noel\nJoch;Theo\n"
        let section = Self.section()
        let survey = try SurveyImport(csv: data(csv), section: section)
        #expect(survey.matches[NameKey("TH")] == .person(DemoNetworks.thomas))
        #expect(survey.matches[NameKey("van Dijk")] == .person(DemoNetworks.fred))
        #expect(survey.matches[NameKey("Noel")] == .person(DemoNetworks.caroline))
        // "Joch" is only part of Jochem's name: a new person, not Jochem.
        #expect(survey.unknownNames.map(\.value) == ["joch"])
    }

    @Test("Names match ignoring case and diacritics in both directions")
    func diacritics() throws {
        let csv = "Naam,Keuze\nTHEO GEERTS,caroline noël\nCaroline Noel,théo\n"
        let section = Self.section()
        let survey = try SurveyImport(csv: data(csv), section: section)
        #expect(survey.problems(in: section, addUnknown: false).isEmpty)
        let out = try survey.apply(to: section, topic: "didactiek", question: nil, addUnknown: false)
        let pairs = Set(out.section.networks.sociograms[0].measurements[0].choices.map { [$0.from, $0.to] })
        #expect(
            pairs == [
                [DemoNetworks.theo, DemoNetworks.caroline], [DemoNetworks.caroline, DemoNetworks.theo],
            ])
    }

    @Test("Importing into an existing sociogram replaces a respondent's choices for that topic only")
    func existingSociogram() throws {
        var section = Self.section()
        section.networks = DemoNetworks.networks
        let out = try SurveyImport(csv: data("Naam,Keuze\nGemma,Fred\n"), section: section)
            .apply(to: section, topic: "zorg", question: nil, addUnknown: false)
        let m = out.section.networks.sociograms[0].measurements[1]
        let gemmaZorg = m.choices.filter { $0.topicID == DemoNetworks.zorg && $0.from == DemoNetworks.gemma }
        #expect(gemmaZorg.map(\.to) == [DemoNetworks.fred])
        // Other topics and other respondents are untouched.
        let before = section.networks.sociograms[0].measurements[1].choices
        #expect(
            m.choices.filter { $0.topicID != DemoNetworks.zorg }
                == before.filter { $0.topicID != DemoNetworks.zorg })
        #expect(
            m.choices.filter { $0.from != DemoNetworks.gemma }
                == before.filter { $0.from != DemoNetworks.gemma })
        #expect(!out.topicCreated)
        // A new measurement starts empty apart from the imported choices.
        let repeatYear = try SurveyImport(csv: data("Naam,Keuze\nGemma,Fred\n"), section: section)
            .apply(
                to: section, topic: "zorg", question: nil, addUnknown: false,
                newMeasurement: Day(year: 2027, month: 10, day: 4))
        #expect(repeatYear.section.networks.sociograms[0].measurements.count == 3)
        #expect(repeatYear.section.networks.sociograms[0].measurements[2].choices.count == 1)
        // The same file again with the same date goes into that measurement, not a second one.
        let again = try SurveyImport(csv: data("Naam,Keuze\nGemma,Fred\n"), section: repeatYear.section)
            .apply(
                to: repeatYear.section, topic: "zorg", question: nil, addUnknown: false,
                newMeasurement: Day(year: 2027, month: 10, day: 4))
        #expect(again.section.networks.sociograms[0].measurements.count == 3)
        #expect(again.section == repeatYear.section)
    }
}
