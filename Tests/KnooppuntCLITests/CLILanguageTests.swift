import Foundation
import KnooppuntModel
import Testing

@testable import knooppunt

/// The command line speaks the interface's language: Dutch by default, English with `--lang en` or an
/// English LANG, for its own sentences and for the store's errors alike.
@Suite struct CLILanguageTests {
    /// No English locale anywhere: LC_ALL and LC_MESSAGES empty, LANG Dutch.
    static let dutch = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_NL.UTF-8"]
    static let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]
    static let nobody = ["show", "person", "--section", "sectie-engels", "--name", "Pietje Puk"]

    @Test func aRefusalIsDutchByDefaultAndEnglishUnderAnEnglishLang() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let dutch = try cli.run(Self.nobody, environment: Self.dutch)
        expectOneLineRefusal(dutch, mentioning: ["Fout: ", "heeft niemand die", "Pietje Puk"])
        let english = try cli.run(Self.nobody, environment: Self.english)
        expectOneLineRefusal(english, mentioning: ["Error: ", "has no person", "Pietje Puk"])
    }

    @Test func langOnTheCommandLineWinsOverLang() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let english = try cli.run(Self.nobody + ["--lang", "en"], environment: Self.dutch)
        expectOneLineRefusal(english, mentioning: ["has no person"])
        let dutch = try cli.run(Self.nobody + ["--lang", "nl"], environment: Self.english)
        expectOneLineRefusal(dutch, mentioning: ["heeft niemand die"])
        // A refusal of the options themselves is in the asked language too.
        let width = try cli.run(
            ["show", "stappenplan", "--section", "sectie-engels", "--width", "5"], environment: Self.dutch)
        expectOneLineRefusal(width, mentioning: ["--width moet tussen 40 en 1000"])
    }

    /// ArgumentParser's own refusals (an unknown option, a value that is not one of the choices, a
    /// missing option) are worded in Dutch too, with the hint that points at the command's help.
    @Test func theParsersRefusalsFollowTheLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let typo = ["show", "stappenplan", "--section", "sectie-engels", "--widht", "90"]
        expectOneLineRefusal(
            try cli.run(typo, environment: Self.dutch),
            mentioning: ["Fout: Onbekende optie '--widht'. Bedoel je '--width'?"])
        expectOneLineRefusal(
            try cli.run(typo, environment: Self.english),
            mentioning: ["Error: Unknown option '--widht'. Did you mean '--width'?"])
        let move = ["step", "verder", "--section", "sectie-engels", "--initiative", "Toetsmodel"]
        expectOneLineRefusal(
            try cli.run(move, environment: Self.dutch),
            mentioning: ["De waarde 'verder' past niet bij '<move>'; kies uit", "'close' of 'drop'."])
        let missing = ["show", "person", "--section", "sectie-engels"]
        expectOneLineRefusal(
            try cli.run(missing, environment: Self.dutch),
            mentioning: [
                "Er ontbreekt nog '--name <name>'.", "Zie `knooppunt show person --help` voor de opties.",
            ])
        expectOneLineRefusal(
            try cli.run(missing, environment: Self.english),
            mentioning: ["Missing expected argument '--name <name>'.", "Run `knooppunt show person --help`"])
    }

    @Test func theStoresErrorsFollowTheLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let missing = ["show", "stappenplan", "--section", "nergens"]
        expectOneLineRefusal(
            try cli.run(missing, environment: Self.dutch), mentioning: ["Fout: Er is geen sectie “nergens”"])
        expectOneLineRefusal(
            try cli.run(missing, environment: Self.english),
            mentioning: ["Error: There is no section “nergens”"])
        #expect(StoreError.notFound(slug: "x").text(english: false).hasPrefix("Er is geen sectie"))
        #expect(StoreError.locked(slug: "x").text(english: false).contains("probeer het zo nog eens"))
        #expect(StoreError.notFound(slug: "x").description.hasPrefix("There is no section"))
    }

    @Test func confirmationsAreDutchByDefault() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let add = try cli.run(
            ["interventie", "add", "--section", "sectie-engels", "--what", "Samen lunchen"],
            environment: Self.dutch)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("Interventie 1 afgesproken bij de meting van"), "\(add.stdout)")
        let done = try cli.run(
            ["interventie", "done", "--section", "sectie-engels", "--number", "1"], environment: Self.english)
        #expect(done.stdout == "Intervention 1 marked done.\n", "\(done.stdout)")
        let format = try cli.run(
            ["export", "agenda", "--section", "sectie-engels", "--meeting", "1", "--format", "pdf"],
            environment: Self.dutch)
        expectOneLineRefusal(format, mentioning: ["--format is md, html of txt, niet “pdf”"])
    }

    @Test func sectionsDemoConflictsAndRestoreSpeakTheLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["sections"], environment: Self.dutch).stdout.hasPrefix("Nog geen secties in "))
        #expect(try cli.run(["sections"], environment: Self.english).stdout.hasPrefix("No sections in "))
        let demo = try cli.run(["demo"], environment: Self.dutch)
        #expect(
            demo.stdout.hasPrefix("De demosectie Sectie Engels (sectie-engels) is gemaakt in "),
            "\(demo.stdout)")
        expectOneLineRefusal(try cli.run(["demo"], environment: Self.dutch), mentioning: ["bestaat al"])
        expectOneLineRefusal(try cli.run(["demo"], environment: Self.english), mentioning: ["already exists"])
        func header(_ environment: [String: String]) throws -> [Substring] {
            let listing = try cli.run(["sections"], environment: environment).stdout
            return listing.prefix { $0 != "\n" }.split(separator: " ")
        }
        #expect(try header(Self.dutch) == ["SLUG", "NAAM", "MENSEN", "INITIATIEVEN", "OVERLEGGEN"])
        #expect(try header(Self.english) == ["SLUG", "NAME", "PEOPLE", "INITIATIVES", "MEETINGS"])

        let conflicts = ["conflicts", "--section", "sectie-engels"]
        #expect(
            try cli.run(conflicts, environment: Self.dutch).stdout
                == "Geen open conflicten in “Sectie Engels”.\n")
        #expect(
            try cli.run(conflicts, environment: Self.english).stdout
                == "No open conflicts in “Sectie Engels”.\n")
        expectOneLineRefusal(
            try cli.run(conflicts + ["--id", "abc"], environment: Self.dutch),
            mentioning: ["--id en --keep horen bij elkaar."])
        expectOneLineRefusal(
            try cli.run(conflicts + ["--id", "abc"], environment: Self.english),
            mentioning: ["--id and --keep go together."])

        let restore = ["restore", "--section", "sectie-engels"]
        expectOneLineRefusal(
            try cli.run(restore, environment: Self.dutch), mentioning: ["Geef --list of --at"])
        try cli.run(["step", "--section", "sectie-engels", "--initiative", "Toetsmodel", "next", "--force"])
        let dutch = try cli.run(restore + ["--list"], environment: Self.dutch)
        #expect(
            dutch.stdout.contains("  versie 1  ") && dutch.stdout.contains("Toetsmodel naar stap 5"),
            "\(dutch.stdout)")
        let english = try cli.run(restore + ["--list"], environment: Self.english)
        #expect(english.stdout.contains("  revision 1  "), "\(english.stdout)")
        let back = try cli.run(restore + ["--at", "1999-01-01T10:00"], environment: Self.dutch)
        expectOneLineRefusal(back, mentioning: ["Er is geen versie van “Sectie Engels” bewaard op of vóór"])
    }

    @Test func theImportsAndAnalyseSpeakTheLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let survey = CLIImportSurveyTests.fixtures.appendingPathComponent("google-en.csv").path
        let both = [
            "import", "survey", survey, "--section", "sectie-engels", "--measurement", "2027-01-15",
            "--new-measurement", "2027-01-16",
        ]
        expectOneLineRefusal(try cli.run(both, environment: Self.dutch), mentioning: ["niet allebei"])
        expectOneLineRefusal(try cli.run(both, environment: Self.english), mentioning: ["not both"])
        let imported = try cli.run(
            ["import", "survey", survey, "--section", "sectie-engels"], environment: Self.dutch)
        #expect(imported.stdout.contains("Geïmporteerd: 3 keuzes van 2 respondenten"), "\(imported.stdout)")
        #expect(imported.stdout.contains("meting van 2027-01-15 (nieuw)"), "\(imported.stdout)")

        let people = CLIImportSurveyTests.fixtures.deletingLastPathComponent()
            .appendingPathComponent("people/personeel.csv").path
        let staff = try cli.run(
            ["import", "people", people, "--section", "sectie-engels", "--dry-run"], environment: Self.dutch)
        #expect(
            staff.stdout.contains(
                "2 nieuw, 2 bijgewerkt, 0 ongewijzigd; niemand verwijderd. Niets geschreven"),
            "\(staff.stdout)")

        let missing = cli.home.appendingPathComponent("nergens.csv").path
        let dutch = try cli.run(["analyse", missing], withDataDir: false, environment: Self.dutch)
        expectOneLineRefusal(dutch, mentioning: ["Fout: ", "kan niet gelezen worden"])
        let english = try cli.run(["analyse", missing], withDataDir: false, environment: Self.english)
        expectOneLineRefusal(english, mentioning: ["Error: cannot read"])
        let edges = cli.home.appendingPathComponent("netwerk.csv")
        try Data("bron;doel\nAnaïs;Bo\n".utf8).write(to: edges)
        let report = try cli.run(["analyse", edges.path], withDataDir: false, environment: Self.english)
        #expect(report.stdout.hasPrefix("Network: 2 people, 1 tie"), "\(report.stdout)")
    }

    @Test func gitsFailuresSpeakTheLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let nowhere = cli.home.appendingPathComponent("nergens.git").path
        let dutch = try cli.run(["share", "clone", nowhere], environment: Self.dutch)
        expectOneLineRefusal(dutch, mentioning: ["Fout: git kon \(nowhere) niet kopiëren: "])
        let english = try cli.run(["share", "clone", nowhere], environment: Self.english)
        expectOneLineRefusal(english, mentioning: ["Error: git could not clone \(nowhere): "])
    }

    @Test func purgeAndShowThermometerRefuseInTheLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let purge = ["purge", "--section", "sectie-engels", "--before", "gisteren"]
        expectOneLineRefusal(
            try cli.run(purge, environment: Self.dutch),
            mentioning: ["--before moet een dag zijn", "gisteren"])
        expectOneLineRefusal(
            try cli.run(purge, environment: Self.english), mentioning: ["--before must be a day"])
        let group = ["show", "thermometer", "--section", "sectie-engels", "--group", "Nergens"]
        expectOneLineRefusal(
            try cli.run(group, environment: Self.dutch), mentioning: ["heeft geen thermometergroep “Nergens”"]
        )
        expectOneLineRefusal(
            try cli.run(group, environment: Self.english), mentioning: ["has no thermometer group “Nergens”"])
    }

    /// A corrupt section file: the reason the JSON reader gives is in the language too.
    @Test func aCorruptFilesReasonSpeaksTheLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        try Data("{\n  \"schemaVersion\": 1,\n  \"revision\" 2\n}\n".utf8).write(to: cli.file("kapot"))
        let show = ["show", "stappenplan", "--section", "kapot"]
        expectOneLineRefusal(
            try cli.run(show, environment: Self.dutch),
            mentioning: [
                "kapot.json regel 3, kolom 14: na de veldnaam \"revision\" hoort ‘:’, maar er staat ‘2’;"
            ])
        expectOneLineRefusal(
            try cli.run(show, environment: Self.english),
            mentioning: [
                "kapot.json line 3, column 14: expected ‘:’ after the field name \"revision\" but found ‘2’;"
            ])
    }

    /// `--help` follows the same choice as every other sentence: the abstracts, discussions and option
    /// help are Dutch by default, English under an English LANG or with `--lang en`.
    @Test func theHelpSpeaksTheLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        func help(_ path: [String], _ environment: [String: String]) throws -> String {
            let run = try cli.run(path + ["--help"], withDataDir: false, environment: environment)
            #expect(run.status == 0, "\(path) --help: \(run.stderr)")
            return run.stdout
        }
        let root = try help([], Self.dutch)
        #expect(root.contains("Netwerkleren voor een sectie van docenten"), "\(root)")
        #expect(root.contains("Toon een weergave als platte tekst"), "\(root)")
        #expect(!root.contains("Network learning"), "\(root)")
        let rootEnglish = try help([], Self.english)
        #expect(rootEnglish.contains("Network learning for a teacher section"), "\(rootEnglish)")
        #expect(rootEnglish.contains("Print a view as plain text"), "\(rootEnglish)")

        let show = try help(["show"], Self.dutch)
        #expect(show.contains("Toon het bord van het stappenplan"), "\(show)")
        #expect(try help(["show"], Self.english).contains("Print the stappenplan board"))
        #expect(try help(["show", "--lang", "en"], Self.dutch).contains("Print the stappenplan board"))

        let agenda = ["export", "agenda"]
        let dutch = try help(agenda, Self.dutch)
        for text in [
            "De agenda van één overleg", "Het nummer van het overleg (overleg N).",
            "md (Markdown), html of txt.", "Taal van de meldingen", "De slug of naam van de sectie",
        ] {
            #expect(dutch.contains(text), "\(text) in \(dutch)")
        }
        for english in [try help(agenda, Self.english), try help(agenda + ["--lang", "en"], Self.dutch)] {
            for text in [
                "The agenda of one meeting", "The meeting number (overleg N).", "md (Markdown), html or txt.",
                "Language of the messages", "The section's slug or name",
            ] {
                #expect(english.contains(text), "\(text) in \(english)")
            }
        }
        // ArgumentParser's own headings and lines, in Dutch too, the column of abstracts kept straight.
        #expect(
            dutch.contains("GEBRUIK: knooppunt export agenda") && dutch.contains("\nOPTIES:\n"), "\(dutch)")
        #expect(dutch.contains("Toon deze hulp.") && dutch.contains("(standaard: md)"), "\(dutch)")
        #expect(!dutch.contains("USAGE") && !dutch.contains("Show help information"), "\(dutch)")
        #expect(root.contains("\nOPDRACHTEN:\n") && root.contains("  interface (standaard) "), "\(root)")
        /// Where a command's abstract starts: after the gap behind its name.
        func column(_ name: String) -> Int? {
            guard let line = root.split(separator: "\n").first(where: { $0.hasPrefix("  \(name) ") }),
                let gap = line.dropFirst(2).range(of: "  "),
                let start = line[gap.upperBound...].firstIndex(where: { $0 != " " })
            else { return nil }
            return line.distance(from: line.startIndex, to: start)
        }
        #expect(column("interface") != nil && column("interface") == column("demo"), "\(root)")
        // A Dutch LANG with `--lang en` and an English LANG with `--lang nl`: the option wins.
        #expect(try help(agenda + ["--lang", "nl"], Self.english).contains("De agenda van één overleg"))
    }

    /// Every help text has both languages (the build checks the tables), and no Dutch one is left in
    /// English by copying.
    @Test func everyHelpTextHasItsOwnDutch() throws {
        let tables = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/KnooppuntWords/Tables")
        func help(_ language: String) throws -> [String: String] {
            let text = try String(
                contentsOf: tables.appendingPathComponent("\(language).words"), encoding: .utf8)
            var texts: [String: String] = [:]
            for line in text.split(separator: "\n") where line.hasPrefix("help") {
                let parts = line.split(separator: "=", maxSplits: 1)
                texts[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(
                    in: .whitespaces)
            }
            return texts
        }
        let dutch = try help("nl")
        let english = try help("en")
        #expect(dutch.count > 150 && Set(dutch.keys) == Set(english.keys))
        for (key, text) in dutch where key != "helpExportNetworkFormat" {
            #expect(text != english[key], "\(key) is not in Dutch")
        }
    }
}
