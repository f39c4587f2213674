import Foundation
import Testing

/// `knooppunt analyse` reads what `knooppunt import survey` reads (one CSV reader), and `show person`
/// finds people as every command does (one person lookup).
@Suite struct CLIAnalyseTests {
    func write(_ bytes: [UInt8], in cli: CLIRunner, name: String = "netwerk.csv") throws -> String {
        let url = cli.home.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func analyseReadsDutchHeadersWithSemicolonsAndAByteOrderMark() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let csv = "bron;doel\r\nAnaïs;Bo\r\nBo;Anaïs\r\nBo;\"Cees\"\r\n"
        let path = try write([0xEF, 0xBB, 0xBF] + Array(csv.utf8), in: cli)
        let result = try cli.run(["analyse", path, "--json"], withDataDir: false)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(#"{"nodes":3,"ties":3,"#), "\(result.stdout)")
        #expect(result.stdout.contains(#"{"id":"Anaïs","inDegree":1,"outDegree":1"#))
        let text = try cli.run(["analyse", path], withDataDir: false)
        #expect(text.status == 0 && text.stdout.contains("Netwerk: 3 personen, 3 banden"), "\(text.stdout)")
    }

    @Test func analyseNamesThePhysicalLineOfAFault() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // The quoted name runs over two lines, so the empty target is on line 4, not row 3.
        let path = try write(Array("bron;doel\n\"Anaïs\nvan Dam\";Bo\nBo;\n".utf8), in: cli)
        let result = try cli.run(["analyse", path], withDataDir: false)
        #expect(result.status == 2)
        expectOneLineRefusal(result, mentioning: ["regel 4: het doel is leeg"])
        // In the command's language, as every other refusal.
        let english = try cli.run(["analyse", path, "--lang", "en"], withDataDir: false)
        #expect(english.status == 2)
        expectOneLineRefusal(english, mentioning: ["line 4: the target is empty"])
    }

    @Test func showPersonFindsPeopleByInitialsSurnameAndFoldedName() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let demo = try cli.run(["demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
        for typed in ["TH", "hoekstra", "Thomas"] {
            let result = try cli.run(["show", "person", "--section", "sectie-engels", "--name", typed])
            #expect(result.status == 0, "\(typed): \(result.stderr)")
            #expect(result.stdout.contains("Thomas Hoekstra"), "\(typed): \(result.stdout)")
        }
        let noel = try cli.run(["show", "person", "--section", "sectie-engels", "--name", "caroline noel"])
        #expect(noel.stdout.contains("Caroline Noël"), "\(noel.stderr)")
        let dijk = try cli.run(["show", "person", "--section", "sectie-engels", "--name", "van Dijk"])
        #expect(dijk.stdout.contains("Fred van Dijk"), "\(dijk.stderr)")
        let nobody = try cli.run([
            "show", "person", "--section", "sectie-engels", "--name", "Pietje Puk", "--lang", "en",
        ])
        expectOneLineRefusal(nobody, mentioning: ["no person", "Pietje Puk"])
    }
}
