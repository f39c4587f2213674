import Foundation
import Testing

/// Resources/knooppunt.1 against the binary's own help: the man page named an option that does not
/// exist (`interface --language`, where the command takes `--lang`) and left out most options of
/// `show` and `import survey`. Every long option of every command must appear in the page, and every
/// long option the page names must exist.
@Suite struct CLIManualTests {
    static let manual = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/knooppunt.1")

    /// The page as a reader sees the words: troff's `\-` is a hyphen.
    static func manualText() throws -> String {
        try String(contentsOf: manual, encoding: .utf8).replacingOccurrences(of: "\\-", with: "-")
    }

    /// `--word` tokens in a text (letters, digits and inner hyphens).
    static func longOptions(in text: Substring) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let start = rest.range(of: "--") {
            let tail = rest[start.upperBound...]
            let name = tail.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            let trimmed = name.hasSuffix("-") ? name.dropLast() : name
            if let first = trimmed.first, first.isLetter { found.insert("--" + trimmed) }
            rest = tail
        }
        return found
    }

    /// Every command path with its long options, read from the USAGE line of its --help.
    func commands(_ cli: CLIRunner, _ path: [String] = []) throws -> [(path: [String], options: Set<String>)]
    {
        // ArgumentParser's headings (USAGE, OPTIONS) are read in English.
        let help = try cli.run(path + ["--help"], withDataDir: false, environment: CLIRunner.english).stdout
        var result: [(path: [String], options: Set<String>)] = []
        if let usage = help.range(of: "USAGE:") {
            let line = help[usage.upperBound...].prefix { $0 != "\n" }
            var options = Self.longOptions(in: line)
            // A long USAGE line shortens the optional ones to "[<options>]"; the OPTIONS block names
            // them all, one per line that starts with the option itself.
            if let block = help.range(of: "OPTIONS:\n") {
                for row in help[block.upperBound...].split(separator: "\n")
                where row.hasPrefix("  -") && !row.hasPrefix("   ") {
                    let column = row.range(
                        of: "  ", range: row.index(row.startIndex, offsetBy: 2)..<row.endIndex)
                    options.formUnion(Self.longOptions(in: row[..<(column?.lowerBound ?? row.endIndex)]))
                }
            }
            result.append((path, options))
        }
        guard let range = help.range(of: "SUBCOMMANDS:\n") else { return result }
        let block = help[range.upperBound...].components(separatedBy: "\n\n").first ?? ""
        for line in block.split(separator: "\n") where line.hasPrefix("  ") && !line.hasPrefix("   ") {
            guard let word = line.split(separator: " ").first, word.first?.isLetter == true, word != "help"
            else { continue }
            result += try commands(cli, path + [String(word)])
        }
        return result
    }

    @Test func theManualNamesEveryOptionAndOnlyOptionsThatExist() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = try Self.manualText()
        let inManual = Self.longOptions(in: text[...])
        let all = try commands(cli)
        #expect(all.count > 10, "commands found: \(all.map(\.path))")
        // ArgumentParser's own completion option is hidden from every help text, but the page names it.
        var known: Set<String> = ["--help", "--generate-completion-script"]
        for (path, options) in all {
            known.formUnion(options)
            for option in options.sorted() {
                #expect(
                    inManual.contains(option),
                    "\(path.joined(separator: " ")) \(option) is not in the man page")
            }
            if let command = path.last {
                #expect(text.contains(command), "command \(command) is not in the man page")
            }
        }
        for option in inManual.sorted() {
            #expect(known.contains(option), "the man page names \(option), which no command takes")
        }
    }
}
