import Foundation
import KnooppuntModel
import Testing

/// `forget` leaves no trace of a person in the data directory, kept versions included; `purge` removes
/// what is older than a day. Both change nothing without --yes when there is no terminal to ask.
@Suite struct CLIForgetPurgeTests {
    /// Every file under the data directory, as text.
    static func everything(_ cli: CLIRunner) throws -> String { try everything(at: cli.dataDir) }

    static func everything(at root: URL) throws -> String {
        var text = ""
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            if let data = try? Data(contentsOf: url) { text += String(decoding: data, as: UTF8.self) }
        }
        return text
    }

    @Test func forgetRemovesThePersonFromTheSectionItsNotesAndItsKeptVersions() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        // Two saves, so that kept versions with her in them exist.
        _ = try cli.run([
            "step", "--section", "sectie-engels", "--initiative", "Toetsmodel", "next", "--force",
        ])
        _ = try cli.run(["step", "--section", "sectie-engels", "--initiative", "Toetsmodel", "back"])
        #expect(try Self.everything(cli).contains("Gemma"))
        let dry = try cli.run(["forget", "--lang", "en", "--section", "sectie-engels", "--person", "Gemma"])
        #expect(dry.stdout.contains("Nothing changed."))
        #expect(dry.stdout.contains("Gemma en Caroline nemen het samen op"))
        #expect(try Self.everything(cli).contains("Gemma"))
        let done = try cli.run([
            "forget", "--lang", "en", "--section", "sectie-engels", "--person", "Gemma", "--yes",
        ])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("Out of reach"))
        let after = try Self.everything(cli)
        #expect(!after.contains("Gemma"))
        #expect(!after.contains("de Vries"))
        #expect(after.contains(PersonErasure.placeholder))
        #expect(try cli.run(["show", "stappenplan", "--section", "sectie-engels"]).status == 0)
    }

    @Test func purgeRemovesOldMeasurementsAndOldKeptVersions() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        _ = try cli.run([
            "step", "--section", "sectie-engels", "--initiative", "Toetsmodel", "next", "--force",
        ])
        let file = cli.dataDir.appendingPathComponent("sectie-engels.json")
        let before = try JSONDecoder().decode(StoredFile.self, from: Data(contentsOf: file))
        let dates = before.section.networks.sociograms.flatMap { $0.measurements.map(\.date) }.sorted()
        #expect(dates.count >= 2)
        let cut = dates[dates.count - 1]
        let dry = try cli.run([
            "purge", "--lang", "en", "--section", "sectie-engels", "--before", cut.description,
        ])
        #expect(dry.stdout.contains("Nothing changed."))
        let done = try cli.run([
            "purge", "--lang", "en", "--section", "sectie-engels", "--before", cut.description, "--yes",
        ])
        #expect(done.status == 0, "\(done.stderr)")
        let after = try JSONDecoder().decode(StoredFile.self, from: Data(contentsOf: file))
        let left = after.section.networks.sociograms.flatMap { $0.measurements.map(\.date) }
        #expect(left.allSatisfy { $0 >= cut })
        #expect(!left.isEmpty)
        let bad = try cli.run(["purge", "--lang", "en", "--section", "sectie-engels", "--before", "gisteren"])
        #expect(bad.status != 0)
    }

    struct StoredFile: Decodable { var section: Section }
}
