import Foundation
import KnooppuntModel
import Testing

/// The instrument commands: a member's answer is recorded without their name, the shared views show
/// aggregates only (nothing below three respondents), and a refused value writes nothing.
@Suite struct CLIInstrumentTests {
    static let section = ["--section", "sectie-engels"]

    func ledger(_ cli: CLIRunner) -> URL {
        cli.home.appendingPathComponent(".local/state/knooppunt/responses.json")
    }

    @Test func aMemberSeesTheirSumAndBandAtTheBandEdges() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let cases: [(String, Int, Int)] = [
            ("1,1,1,1", 4, 1), ("2,2,2,2", 8, 1), ("3,2,2,2", 9, 2), ("4,3,3,3", 13, 2),
            ("4,4,3,3", 14, 2 + 1),
            ("5,5,5,5", 20, 3),
        ]
        for (scores, sum, band) in cases {
            let r = try cli.run(
                ["thermometer"] + Self.section + ["--person", "Gemma", "--scores", scores, "--json"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(
                r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                    == "{\"sum\": \(sum), \"band\": \(band)}")
        }
        // Six answers by one member on one day are one answer, changed five times.
        let stored = try cli.store().load("sectie-engels")
        #expect(stored.section.instruments.thermometerGroups.first?.rounds.first?.answers.count == 1)
    }

    @Test func refusedScoresAndUnknownPeopleWriteNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let before = try cli.bytes("sectie-engels")
        for (args, word) in [
            (["--person", "Gemma", "--scores", "0,3,3,3"], "1 to 5"),
            (["--person", "Gemma", "--scores", "6,3,3,3"], "1 to 5"),
            (["--person", "Gemma", "--scores", "3,3,3"], "4 numbers"),
            (["--person", "Niemand", "--scores", "3,3,3,3"], "no person"),
        ] {
            let r = try cli.run(["thermometer"] + Self.section + args + ["--lang", "en"])
            expectOneLineRefusal(r, mentioning: [word])
            #expect(r.status == 1)
        }
        let dims = try cli.run(
            ["dimensies"] + Self.section + [
                "--person", "Gemma", "--scores", "1,2,3,4,5,6,7,8,9,10,11", "--lang", "en",
            ])
        expectOneLineRefusal(dims, mentioning: ["0 to 10"])
        #expect(try cli.bytes("sectie-engels") == before)
        #expect(!FileManager.default.fileExists(atPath: ledger(cli).path))
    }

    @Test func theSharedViewShowsAggregatesOnlyFromThreeRespondents() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        for (person, scores) in [("Gemma", "1,2,3,4"), ("Caroline", "5,4,3,2")] {
            #expect(
                try cli.run(
                    ["thermometer"] + Self.section + [
                        "--person", person, "--scores", scores, "--date", "2026-10-01",
                    ]
                ).status == 0)
        }
        let two = try cli.run(["show", "thermometer"] + Self.section + ["--json"])
        #expect(two.status == 0)
        let tree = try JSONSerialization.jsonObject(with: Data(two.stdout.utf8)) as? [String: Any]
        let rounds = tree?["rounds"] as? [[String: Any]]
        #expect(rounds?.count == 1)
        #expect(rounds?.first?["respondents"] as? Int == 2)
        let statements = rounds?.first?["statements"] as? [[String: Any]] ?? []
        #expect(
            statements.map { $0["key"] as? String } == [
                "vertrouwen", "normen", "werkafspraken", "identificatie",
            ])
        #expect(statements.allSatisfy { $0["mean"] is NSNull && $0["distribution"] is NSNull })
        #expect(
            try cli.run(
                ["thermometer"] + Self.section + [
                    "--person", "Fred", "--scores", "3,3,3,3", "--date", "2026-10-01",
                ]
            ).status == 0)
        let three = try cli.run(["show", "thermometer"] + Self.section + ["--json"])
        let t3 = try JSONSerialization.jsonObject(with: Data(three.stdout.utf8)) as? [String: Any]
        let first = ((t3?["rounds"] as? [[String: Any]])?.first?["statements"] as? [[String: Any]])?.first
        #expect(first?["distribution"] as? [Int] == [1, 0, 1, 0, 1])
        #expect(first?["mean"] as? Double == 3)
        let text = try cli.run(["show", "thermometer"] + Self.section + ["--lang", "en"])
        #expect(text.stdout.contains("3 answers"))
        #expect(!text.stdout.contains("Gemma"))
        // The shared file holds no person with the answers; this machine's ledger does, outside it.
        let section = try cli.store().load("sectie-engels").section
        let gemma = section.people.first { $0.name.hasPrefix("Gemma") }
        let instruments = String(decoding: try JSONEncoder().encode(section.instruments), as: UTF8.self)
        #expect(instruments.contains("vertrouwen"))
        for person in section.people { #expect(!instruments.contains(person.id.uuidString)) }
        #expect(gemma != nil)
        #expect(FileManager.default.fileExists(atPath: ledger(cli).path))
        #expect(!ledger(cli).path.hasPrefix(cli.dataDir.path))
    }

    @Test func dimensiesAndTheReviewPrint() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        for person in ["Gemma", "Caroline", "Fred"] {
            let r = try cli.run(
                ["dimensies"] + Self.section + ["--person", person, "--scores", "0,1,2,3,4,5,6,7,8,9,10"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let json = try cli.run(["show", "dimensies"] + Self.section + ["--json"])
        let tree = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let indicators = (tree?["rounds"] as? [[String: Any]])?.first?["indicators"] as? [[String: Any]]
        #expect(indicators?.count == 11)
        #expect(indicators?.last?["positions"] as? [Int] == [10, 10, 10])
        let text = try cli.run(["show", "dimensies"] + Self.section)
        #expect(text.stdout.contains("geen toets"))
        let review = try cli.run(["show", "review"] + Self.section + ["--lang", "en"])
        #expect(review.status == 0)
        #expect(review.stdout.contains("Open initiatives"))
        #expect(review.stdout.contains("3 answers"))
    }

    @Test func forgetDropsThePersonsLinkToTheirAnswers() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        _ = try cli.run(["thermometer"] + Self.section + ["--person", "Gemma", "--scores", "3,3,3,3"])
        _ = try cli.run(["thermometer"] + Self.section + ["--person", "Fred", "--scores", "3,3,3,3"])
        let gemma = try cli.store().load("sectie-engels").section.people.first { $0.name.hasPrefix("Gemma") }
        let id = try #require(gemma?.id.uuidString)
        #expect(String(decoding: try Data(contentsOf: ledger(cli)), as: UTF8.self).contains(id))
        let done = try cli.run(["forget"] + Self.section + ["--person", "Gemma", "--yes"])
        #expect(done.status == 0, "\(done.stderr)")
        let after = String(decoding: try Data(contentsOf: ledger(cli)), as: UTF8.self)
        #expect(!after.contains(id))
        // The answers stay, anonymous.
        let round = try cli.store().load("sectie-engels").section.instruments.thermometerGroups.first?.rounds
            .first
        #expect(round?.answers.count == 2)
    }
}
