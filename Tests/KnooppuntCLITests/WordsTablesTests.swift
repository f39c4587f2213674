import Foundation
import Testing

/// The word tables and their generator: a table mistake stops the build with the table's file and line,
/// and a CSV fault reaches the user in the command's language.
@Suite struct WordsTablesTests {
    /// Runs WordsGenerator (built beside knooppunt) on two small tables; answers its status, its error
    /// text and the Swift it wrote.
    func generate(dutch: String, english: String) throws -> (status: Int32, error: String, swift: String?) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let nl = folder.appendingPathComponent("nl.words")
        let en = folder.appendingPathComponent("en.words")
        let out = folder.appendingPathComponent("Words.swift")
        try dutch.write(to: nl, atomically: true, encoding: .utf8)
        try english.write(to: en, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = try CLIRunner.binary().deletingLastPathComponent()
            .appendingPathComponent("WordsGenerator")
        process.arguments = [out.path, nl.path, en.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, errorText, try? String(contentsOf: out, encoding: .utf8))
    }

    @Test func tablesBecomeOneMemberPerKey() throws {
        let result = try generate(
            dutch: "# kop\nsaved = \"Opgeslagen.\"\nremoveAsk = \"{name} verwijderen ({count})?\"\n",
            english: "saved = \"Saved.\"\nremoveAsk = \"Remove {name} ({count})?\"\n")
        #expect(result.status == 0, "\(result.error)")
        let swift = try #require(result.swift)
        #expect(
            swift.contains(#"public var saved: String { isEnglish ? "Saved." : "Opgeslagen." }"#), "\(swift)")
        #expect(
            swift.contains(
                #"public func removeAsk(name: some CustomStringConvertible, count: some CustomStringConvertible) -> String { isEnglish ? "Remove \(name) (\(count))?" : "\(name) verwijderen (\(count))?" }"#
            ), "\(swift)")
    }

    /// A table saved by an editor on Windows (CRLF line ends) reads the same.
    @Test func windowsLineEndsAreRead() throws {
        let result = try generate(
            dutch: "# kop\r\nsaved = \"Opgeslagen.\"\r\n", english: "saved = \"Saved.\"\r\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.swift?.contains(#"isEnglish ? "Saved." : "Opgeslagen.""#) == true, "\(result.swift ?? "")")
    }

    @Test(arguments: [
        (
            "saved = \"Opgeslagen.\"\nextra = \"Meer\"\n", "saved = \"Saved.\"\n",
            "nl.words:2: error: `extra` has no English text"
        ),
        (
            "saved = \"Opgeslagen.\"\n", "saved = \"Saved.\"\nextra = \"More\"\n",
            "en.words:2: error: `extra` has no Dutch text"
        ),
        (
            "saved = \"Op\"geslagen.\"\n", "saved = \"Saved.\"\n",
            "nl.words:1: error: the text of `saved` has a bare double quote"
        ),
        (
            "saved = Opgeslagen.\n", "saved = \"Saved.\"\n",
            "nl.words:1: error: the text of `saved` must stand between double quotes"
        ),
        (
            "a = \"x\"\na = \"y\"\n", "a = \"x\"\n",
            "nl.words:2: error: `a` stands here again (first on line 1)"
        ),
        (
            "ask = \"{name}?\"\n", "ask = \"Who?\"\n",
            "nl.words:1: error: `{name}` stands in only one language's text of `ask`"
        ),
        ("2x = \"twee\"\n", "2x = \"two\"\n", "nl.words:1: error: `2x` is not a key"),
    ])
    func aTableMistakeStopsTheBuildAtItsLine(dutch: String, english: String, message: String) throws {
        let result = try generate(dutch: dutch, english: english)
        #expect(result.status == 1)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(result.swift == nil, "nothing is written for a broken table")
    }

    @Test func theProjectsOwnTablesHaveTheSameKeysAndValues() throws {
        let tables = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/KnooppuntWords/Tables")
        let result = try generate(
            dutch: String(contentsOf: tables.appendingPathComponent("nl.words"), encoding: .utf8),
            english: String(contentsOf: tables.appendingPathComponent("en.words"), encoding: .utf8))
        #expect(result.status == 0, "\(result.error)")
        let members = result.swift?.components(separatedBy: "\n").filter { $0.hasPrefix("    public ") } ?? []
        #expect(members.count > 1_000, "every text of the interface, the reports and the imports")
    }

    /// A broken staff list: the CSV reader's fault in Dutch by default and in English with --lang en
    /// (the Dutch refusal used to end in the reader's English sentence).
    @Test func aCSVFaultIsToldInTheCommandsLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let file = cli.home.appendingPathComponent("personeel.csv")
        try "Naam;Afkorting\n\"Anna\" de Wit;ADW\n".write(to: file, atomically: true, encoding: .utf8)
        let dutch = try cli.run(["import", "people", file.path, "--section", "sectie-engels"])
        #expect(dutch.status != 0)
        #expect(
            dutch.stderr.contains("regel 2: er staat tekst na het afsluitende aanhalingsteken"),
            "\(dutch.stderr)")
        let english = try cli.run([
            "import", "people", file.path, "--section", "sectie-engels", "--lang", "en",
        ])
        #expect(
            english.stderr.contains("line 2: a field has text after its closing quote"), "\(english.stderr)")
    }
}
