import Foundation
import Testing

/// `knooppunt export`: golden files of the demo section's agenda and minutes, refusals that write no
/// file, and `-o` writing the file instead of standard output. The real readers of every format run in
/// Tests/reference/export_check.py.
@Suite struct CLIExportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("golden/exports")

    func demo() throws -> CLIRunner {
        let cli = try CLIRunner()
        let made = try cli.run(["demo"])
        #expect(made.status == 0, "\(made.stderr)")
        return cli
    }

    /// Compares with Tests/golden/exports/NAME; KNOOPPUNT_RECORD_GOLDEN=1 (`make golden`) records it.
    func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let file = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KNOOPPUNT_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(name): run `make golden`", sourceLocation: sourceLocation)
            return
        }
        #expect(
            text == expected, "\(name) differs from its golden file:\n\(text)", sourceLocation: sourceLocation
        )
    }

    @Test func demoAgendaAndMinutesMatchTheirGoldenFiles() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let cases: [([String], String)] = [
            (["agenda", "--meeting", "3"], "agenda-3.md"),
            (["agenda", "--meeting", "3", "--format", "txt"], "agenda-3.txt"),
            (["agenda", "--meeting", "3", "--format", "html"], "agenda-3.html"),
            (["agenda", "--meeting", "4", "--lang", "en"], "agenda-4-en.md"),
            (["minutes", "--meeting", "2"], "minutes-2.md"),
            (["minutes", "--meeting", "2", "--format", "html"], "minutes-2.html"),
        ]
        for (arguments, name) in cases {
            let language = arguments.contains("--lang") ? [] : ["--lang", "nl"]
            let result = try cli.run(["export"] + arguments + ["--section", "sectie-engels"] + language)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            try expectGolden(result.stdout, name)
        }
    }

    @Test func outputOptionWritesTheFileAndNothingToStandardOutput() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let target = cli.home.appendingPathComponent("agenda.html")
        let result = try cli.run([
            "export", "agenda", "--section", "sectie-engels", "--meeting", "3", "--format", "html", "-o",
            target.path,
        ])
        #expect(result.status == 0 && result.stdout.isEmpty, "\(result.stderr)")
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func badRequestsAreOneSentenceAndWriteNoFile() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let target = cli.home.appendingPathComponent("out.txt")
        let requests: [([String], [String])] = [
            (["agenda", "--meeting", "42"], ["no meeting 42", "1, 2, 3"]),
            (["minutes", "--meeting", "1", "--format", "csv"], ["md or html"]),
            (["jaaragenda", "--format", "txt"], ["md, html or csv"]),
            (["initiative", "--initiative", "Bestaat niet"], ["no initiative"]),
            (["network", "--format", "svg"], ["Name one network"]),
            (
                ["network", "--ecogram", "Gemma", "--format", "svg", "--topic", "zorg"],
                ["belong to a sociogram"]
            ),
            (["network", "--sociogram", "Sociogram", "--format", "gexf", "--gexf", "1.1"], ["1.3 or 1.2"]),
            (["network", "--sociogram", "Sociogram", "--format", "svg", "--matrix"], ["--format csv"]),
            (
                ["network", "--sociogram", "Sociogram", "--format", "csv", "--measurement", "1999-01-01"],
                ["no measurement"]
            ),
            (["agenda", "--meeting", "1", "--lang", "fr"], ["nl or en", "fr"]),
        ]
        for (arguments, words) in requests {
            // The sentences checked are the English ones; `--lang fr` is refused in LANG's language.
            let result = try cli.run(
                ["export"] + arguments + ["--section", "sectie-engels", "-o", target.path],
                environment: CLIRunner.english)
            expectOneLineRefusal(result, mentioning: words)
            #expect(!FileManager.default.fileExists(atPath: target.path), "\(arguments) wrote a file")
        }
    }

    @Test func calendarRaisesSequenceOnlyAfterAChange() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        func sequences() throws -> [String] {
            let result = try cli.run(["export", "calendar", "--section", "sectie-engels"])
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\r\n").filter { $0.hasPrefix("SEQUENCE:") }.map(
                String.init)
        }
        let first = try sequences()
        #expect(!first.isEmpty && first.allSatisfy { $0 == "SEQUENCE:0" })
        #expect(try sequences() == first)
        var json = try String(contentsOf: cli.file("sectie-engels"), encoding: .utf8)
        json = json.replacingOccurrences(of: "\"2026-12-01\"", with: "\"2026-12-08\"")
        try Data(json.utf8).write(to: cli.file("sectie-engels"))
        let after = try sequences()
        #expect(after.filter { $0 == "SEQUENCE:1" }.count == 1, "\(after)")
        let ledger = cli.home.appendingPathComponent(".local/state/knooppunt")
        // Beside this machine's folder per data directory (kept versions, merge bases), one ledger.
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: ledger.path)) ?? []
        #expect(entries.filter { !$0.hasPrefix("data-") }.count == 1, "\(entries)")
        #expect(try cli.sectionFiles() == ["sectie-engels.json"], "the ledger stays out of the data folder")
    }
}
