import Foundation
import KnooppuntModel
import Testing

/// The interventie and groslijst commands and the instrument exports: what they write, what `show`
/// prints, and every refusal as one sentence with nothing written.
@Suite struct CLIGroslijstInterventionTests {
    static let section = ["--section", "sectie-engels"]

    @Test func interventionsAreAddedChangedMarkedDoneAndShownBesideTheNextMeasurement() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let add = try cli.run(
            ["interventie", "add"] + Self.section + [
                "--measurement", "1", "--what", "Fred krijgt een maatje", "--who", "Gemma", "--by",
                "15-1-2026",
            ])
        #expect(add.status == 0, "\(add.stderr)")
        let group = try cli.run(
            ["interventie", "add"] + Self.section + [
                "--measurement", "1", "--what", "Intervisie", "--who", "de mentoren", "--lang", "en",
            ])
        #expect(group.stdout.contains("kept in words"))
        #expect(
            try cli.run(["interventie", "done"] + Self.section + ["--measurement", "1", "--number", "1"])
                .status == 0)
        let stored = try cli.store().load("sectie-engels").section
        let list = stored.instruments.interventions
        #expect(list.map(\.what) == ["Fred krijgt een maatje", "Intervisie"])
        #expect(list[0].personID == stored.people.first { $0.name.hasPrefix("Gemma") }?.id)
        #expect(list[0].byWhen == Day(year: 2026, month: 1, day: 15))
        #expect(list.map(\.done) == [true, false])
        #expect(list[1].who == "de mentoren")
        let shown = try cli.run(["show", "interventies"] + Self.section + ["--measurement", "1"])
        #expect(shown.stdout.contains("1. [x] Fred krijgt een maatje"))
        #expect(shown.stdout.contains("Wat veranderde tot de meting van 2026-10-05"))
        #expect(shown.stdout.contains("1 van 2 interventies afgerond"))
        let metrics = try cli.run(["show", "metrics"] + Self.section + ["--measurement", "2"])
        #expect(metrics.stdout.contains("Afgesproken na de meting van 2025-10-06"))
        let picture = try cli.run(["show", "sociogram"] + Self.section).stdout
        #expect(picture.contains("Afgesproken na de meting van 2025-10-06"))
        #expect(picture.contains("[x] Fred krijgt een maatje"))
        let first = try cli.run(["show", "sociogram"] + Self.section + ["--measurement", "1"]).stdout
        #expect(first.contains("Afgesproken bij deze meting van 2025-10-06"))
        let json = try cli.run(["show", "interventies"] + Self.section + ["--measurement", "1", "--json"])
        #expect(json.stdout.contains("\"done\":true"))
        #expect(
            try cli.run(["interventie", "remove"] + Self.section + ["--measurement", "1", "--number", "2"])
                .status == 0)
        #expect(try cli.store().load("sectie-engels").section.instruments.interventions.count == 1)
    }

    @Test func interventionRefusalsWriteNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let before = try cli.bytes("sectie-engels")
        for (args, word) in [
            (["add", "--what", "  "], "empty"),
            (["add", "--what", "x", "--by", "morgen"], "--by"),
            (["add", "--what", "x", "--measurement", "9"], "measurement"),
            (["add", "--what", "x", "--measurement", "0"], "counts from 1"),
            (["add", "--what", "x", "--sociogram", "bestaat niet"], "No sociogram"),
            (["done", "--number", "1"], "does not exist"),
            (["edit", "--number", "1"], "at least one"),
        ] {
            let r = try cli.run(["interventie"] + args + Self.section + ["--lang", "en"])
            expectOneLineRefusal(r, mentioning: [word])
            #expect(r.status == 1)
        }
        #expect(try cli.bytes("sectie-engels") == before)
    }

    @Test func aGroslijstKeepsContactsHidesNegativesAndMakesASchakel() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let base = ["groslijst"]
        var r = try cli.run(
            base + ["add"] + Self.section + [
                "--person", "Gemma", "--contact", "Openbare bibliotheek", "--wished",
            ])
        #expect(r.status == 0, "\(r.stderr)")
        r = try cli.run(
            base + ["add"] + Self.section + [
                "--person", "Gemma", "--contact", "Kantine-overleg", "--negative", "--note", "kost tijd",
            ])
        #expect(r.status == 0, "\(r.stderr)")
        let plain = try cli.run(["show", "groslijst"] + Self.section + ["--person", "Gemma"]).stdout
        #expect(plain.contains("Openbare bibliotheek"))
        #expect(!plain.contains("Kantine-overleg") && !plain.contains("kost tijd"))
        #expect(plain.contains("verborgen"))
        let sensitive = try cli.run(
            ["show", "groslijst"] + Self.section + ["--person", "Gemma", "--sensitive"]
        ).stdout
        #expect(sensitive.contains("− Kantine-overleg") && sensitive.contains("kost tijd"))
        r = try cli.run(
            base + ["schakel"] + Self.section + [
                "--person", "Gemma", "--contact", "openbare bibliotheek", "--analysis", "Literatuur",
            ])
        #expect(r.status == 0, "\(r.stderr)")
        let stored = try cli.store().load("sectie-engels").section
        #expect(stored.networks.analyses[0].schakels.contains { $0.name == "Openbare bibliotheek" })
        let before = try cli.bytes("sectie-engels")
        for (args, word) in [
            (
                [
                    "schakel", "--person", "Gemma", "--contact", "Openbare bibliotheek", "--analysis",
                    "Literatuur",
                ], "already"
            ),
            (["add", "--person", "Gemma", "--contact", "Openbare Bibliotheek"], "already"),
            (["add", "--person", "Niemand Bekend", "--contact", "x"], "no person"),
            (["add", "--person", "Gemma", "--contact", "Gemma"], "own name"),
            (["remove", "--person", "Gemma", "--contact", "Onbekende"], "not on the long list"),
            (
                ["edit", "--person", "Gemma", "--contact", "Kantine-overleg", "--mark", "neutraal"],
                "positive or negative"
            ),
        ] {
            let r = try cli.run(base + args + Self.section + ["--lang", "en"])
            expectOneLineRefusal(r, mentioning: [word])
            #expect(r.status == 1)
        }
        #expect(try cli.bytes("sectie-engels") == before)
    }

    @Test func forgettingAPersonTakesThemOffEveryListAndOffTheirInterventions() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        #expect(
            try cli.run(
                ["groslijst", "add"] + Self.section + ["--person", "Gemma", "--contact", "Theo", "--wished"]
            )
            .status == 0)
        #expect(
            try cli.run(
                ["groslijst", "add"] + Self.section + ["--person", "Theo", "--contact", "Bibliotheek"]
            )
            .status == 0)
        #expect(
            try cli.run(["interventie", "add"] + Self.section + ["--what", "Intervisie", "--who", "Theo"])
                .status == 0)
        let theo = try #require(
            try cli.store().load("sectie-engels").section.people.first { $0.name.hasPrefix("Theo") })
        let r = try cli.run(["forget"] + Self.section + ["--person", "Theo", "--yes"])
        #expect(r.status == 0, "\(r.stderr)")
        let after = try cli.store().load("sectie-engels").section
        #expect(after.instruments.groslijst(of: theo.id) == nil)
        #expect(after.instruments.groslijsten.allSatisfy { $0.entries.allSatisfy { $0.personID != theo.id } })
        #expect(after.instruments.interventions.map(\.what) == ["Intervisie"])
        #expect(after.instruments.interventions.first?.personID == nil)
        #expect(!String(decoding: try cli.bytes("sectie-engels"), as: UTF8.self).contains(theo.id.uuidString))
    }

    @Test func instrumentExportsCarryAggregatesOnly() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let people = try cli.store().load("sectie-engels").section.people.map(\.name)
        for (n, scores) in ["1,2,3,4", "5,5,5,5"].enumerated() {
            #expect(
                try cli.run(
                    ["thermometer"] + Self.section + [
                        "--person", people[n], "--scores", scores, "--date", "2026-10-01",
                    ]
                ).status == 0)
        }
        let two = try cli.run(
            ["export", "thermometer"] + Self.section + ["--format", "csv", "--lang", "en"]
        ).stdout
        let rows = two.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 4)
        // Two answers: the count, and empty cells where the spread and the mean would be.
        #expect(
            rows.map(String.init)
                == ThermometerStatement.allCases.map { "whole section,2026-10-01,2,\($0.rawValue),,,,,,," })
        #expect(!two.contains("5,5") && !two.contains("3.00"))
        #expect(
            try cli.run(
                ["thermometer"] + Self.section + [
                    "--person", people[2], "--scores", "3,3,3,3", "--date", "2026-10-01",
                ]
            ).status == 0)
        let three = try cli.run(
            ["export", "thermometer"] + Self.section + ["--format", "csv", "--lang", "en"]
        ).stdout
        #expect(three.contains(",3,vertrouwen,1,0,1,0,1,3.00,"))
        let md = try cli.run(["export", "thermometer"] + Self.section).stdout
        for name in people { #expect(!md.contains(name)) }
        for what in ["dimensies", "review", "interventies"] {
            let r = try cli.run(["export", what] + Self.section + ["--format", "html"])
            #expect(r.status == 0 && r.stdout.contains("<h1"), "\(what): \(r.stderr)")
        }
        let refused = try cli.run(["export", "review"] + Self.section + ["--format", "csv", "--lang", "en"])
        expectOneLineRefusal(refused, mentioning: ["md or html"])
        let group = try cli.run(
            ["export", "thermometer"] + Self.section + ["--group", "Nergens", "--lang", "en"])
        expectOneLineRefusal(group, mentioning: ["no thermometer group"])
    }
}
