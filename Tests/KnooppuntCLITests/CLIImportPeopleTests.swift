import Foundation
import Testing

/// `knooppunt import people` on the administration's staff list.
@Suite struct CLIImportPeopleTests {
    @Test func aDryRunListsTheChangesAndTheImportMakesThem() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let path = CLIImportSurveyTests.fixtures.deletingLastPathComponent()
            .appendingPathComponent("people/personeel.csv").path
        let before = try cli.bytes("sectie-engels")
        let dry = try cli.run([
            "import", "people", path, "--section", "sectie-engels", "--dry-run", "--lang", "en",
        ])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("+ Sanne Öztürk (new) — OZS, Engels, bouw: onderbouw"), "\(dry.stdout)")
        #expect(dry.stdout.contains("2 new, 2 updated, 0 unchanged; nobody removed. Nothing written"))
        #expect(try cli.bytes("sectie-engels") == before)
        let real = try cli.run(["import", "people", path, "--section", "sectie-engels", "--lang", "en"])
        #expect(real.stdout == "2 new, 2 updated, 0 unchanged; nobody removed.\n", "\(real.stderr)")
        let section = try cli.store().load("sectie-engels").section
        #expect(section.people.count == 9)
        #expect(section.people.first { $0.name == "Gemma de Vries" }?.attributes["team"] == "havo")
        // show person shows them.
        let show = try cli.run([
            "show", "person", "--section", "sectie-engels", "--name", "Sanne", "--lang", "en",
        ])
        #expect(
            show.stdout.contains("Attributes: bouw onderbouw · e-mail s.ozturk@school.nl · team havo"),
            "\(show.stdout)")
    }
}
