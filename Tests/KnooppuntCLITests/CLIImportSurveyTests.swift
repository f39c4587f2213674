import Foundation
import Testing

/// `knooppunt import survey` as a user runs it on a form export: the dry run writes nothing, a second
/// import of the same file changes nothing, and a refusal is one line naming the row and the column.
@Suite struct CLIImportSurveyTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/survey")

    func demo() throws -> CLIRunner {
        let cli = try CLIRunner()
        let demo = try cli.run(["demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
        return cli
    }

    @Test func aDryRunShowsHowTheFileIsReadAndWritesNothing() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let before = try cli.bytes("sectie-engels")
        let path = Self.fixtures.appendingPathComponent("google-en.csv").path
        let result = try cli.run([
            "import", "survey", path, "--section", "sectie-engels", "--dry-run", "--lang", "en",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        for line in [
            "Encoding: UTF-8", "Separator: comma (,)", "A  Timestamp: completion time → measurement date",
            "B  Email address: ignored", "C  Your name: respondent",
            "D  Who do you ask for help with lesson pla…: question → topic ‘lesson planning’",
            "Would import: 3 choices of 2 respondents, topics ‘lesson planning’ (new)",
            "Nothing written (--dry-run).",
        ] {
            #expect(result.stdout.contains(line), "missing \(line) in \(result.stdout)")
        }
        #expect(try cli.bytes("sectie-engels") == before)
    }

    @Test func importingTheSameFileTwiceChangesNothing() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let path = Self.fixtures.appendingPathComponent("google-en.csv").path
        let first = try cli.run(["import", "survey", path, "--section", "sectie-engels", "--lang", "en"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Imported 3 choices of 2 respondents"), "\(first.stdout)")
        #expect(first.stdout.contains("measurement of 2027-01-15 (new)"), "\(first.stdout)")
        let after = try cli.bytes("sectie-engels")
        let second = try cli.run(["import", "survey", path, "--section", "sectie-engels", "--lang", "en"])
        #expect(second.status == 0 && second.stdout.contains("Nothing changed."), "\(second.stdout)")
        #expect(try cli.bytes("sectie-engels") == after)
    }

    @Test func aNearMissIsRefusedInOneLineWithASuggestionAndNothingIsWritten() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let before = try cli.bytes("sectie-engels")
        let url = cli.home.appendingPathComponent("enquete.csv")
        let csv =
            "ID;Begintijd;Tijd van voltooien;E-mail;Naam;Met wie overleg je over zorg?\r\n"
            + "1;15-1-2027 9:00;15-1-2027 9:02;g@school.nl;Gemma de Vries;\"Fred van Dijk;\"\r\n"
            + "2;15-1-2027 9:00;15-1-2027 9:03;f@school.nl;Fred van Dijk;\"Gemma de Vreis;\"\r\n"
        try Data([0xEF, 0xBB, 0xBF] + Array(csv.utf8)).write(to: url)
        let nl = try cli.run(["import", "survey", url.path, "--section", "sectie-engels", "--lang", "nl"])
        expectOneLineRefusal(
            nl,
            mentioning: [
                "‘Gemma de Vreis’ (rij 3, kolom F “Met wie overleg je over zorg?”): bedoel je Gemma de Vries?"
            ])
        #expect(try cli.bytes("sectie-engels") == before)
        let skip = try cli.run([
            "import", "survey", url.path, "--section", "sectie-engels", "--lang", "en", "--skip-unknown",
        ])
        #expect(skip.status == 0, "\(skip.stderr)")
        #expect(
            skip.stdout.contains("‘Gemma de Vreis’ (row 3, column F “Met wie overleg je over zorg?”) skipped")
        )
    }

    @Test func contradictoryOptionsAreRefused() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let path = Self.fixtures.appendingPathComponent("google-en.csv").path
        let both = try cli.run([
            "import", "survey", path, "--section", "sectie-engels", "--measurement", "2027-01-15",
            "--new-measurement", "2027-01-16", "--lang", "en",
        ])
        expectOneLineRefusal(both, mentioning: ["not both"])
        let badDate = try cli.run([
            "import", "survey", path, "--section", "sectie-engels", "--new-measurement", "15 januari",
            "--lang", "en",
        ])
        expectOneLineRefusal(badDate, mentioning: ["is not a date"])
        let badColumn = try cli.run([
            "import", "survey", path, "--section", "sectie-engels", "--column", "didactiek", "--lang", "en",
        ])
        expectOneLineRefusal(badColumn, mentioning: ["--column takes a header and a topic"])
    }

    @Test func aMicrosoftFormsExportWithUnknownColleaguesStopsUntilTheyAreAdded() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let path = Self.fixtures.appendingPathComponent("ms-forms-nl.csv").path
        let refused = try cli.run(["import", "survey", path, "--section", "sectie-engels", "--lang", "en"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("‘Sanne Öztürk’ (rows 3, 5 and 6, column G"), "\(refused.stderr)")
        #expect(refused.stderr.contains("2 problems; nothing was imported."), "\(refused.stderr)")
        let added = try cli.run(
            ["import", "survey", path, "--section", "sectie-engels", "--lang", "en", "--add-unknown"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("‘Caroline Noël’ answered twice (rows 3 and 6)"), "\(added.stdout)")
        #expect(added.stdout.contains("topics ‘didactiek’, ‘zorg’"), "\(added.stdout)")
        #expect(added.stdout.contains("measurement of 2027-01-17 (new)"), "\(added.stdout)")
        #expect(added.stdout.contains("New people: ijsbrand de jong, Sanne Öztürk."), "\(added.stdout)")
        #expect(added.stdout.contains("Respondents from column E “Naam”."), "\(added.stdout)")
    }
}
