import Foundation
import KnooppuntModel
import Testing

/// Values from a file or the command line are data: whatever a meeting date, a name, an enum field or
/// an argument holds, no escape sequence, bell, C1 control or direction override reaches the
/// terminal, on stdout or stderr; the message still names the field.
@Suite struct CLITerminalSafetyTests {
    static let payload = "\u{1b}]0;PWNED\u{07}\u{1b}[2J\u{9b}31m\u{202e}\u{2066}\u{200f}"

    /// A demo section whose file has `edit` applied to its section object.
    func demo(_ edit: (inout [String: Any]) throws -> Void) throws -> CLIRunner {
        let cli = try CLIRunner()
        guard try cli.run(["demo"]).status == 0 else { throw CLIError("demo failed") }
        var envelope = try #require(
            try JSONSerialization.jsonObject(with: try cli.bytes("sectie-engels")) as? [String: Any])
        var section = try #require(envelope["section"] as? [String: Any])
        try edit(&section)
        envelope["section"] = section
        try JSONSerialization.data(withJSONObject: envelope, options: [.sortedKeys])
            .write(to: cli.file("sectie-engels"))
        return cli
    }

    func expectClean(_ result: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            let unsafe = text.unicodeScalars.filter { $0 != "\n" && $0 != "\t" && TerminalSafe.isUnsafe($0) }
            #expect(
                unsafe.isEmpty, "\(name) carries \(unsafe.map { String($0.value, radix: 16) })",
                sourceLocation: sourceLocation)
        }
    }

    func setFirst(_ key: String, of list: String, to value: Any, in section: inout [String: Any]) throws {
        var items = try #require(section[list] as? [[String: Any]])
        items[0][key] = value
        section[list] = items
    }

    @Test func aMeetingDateWithEscapesIsNamedButNotSent() throws {
        let cli = try demo { try setFirst("date", of: "meetings", to: Self.payload, in: &$0) }
        defer { cli.cleanUp() }
        for arguments in [["show", "stappenplan", "--section", "sectie-engels"], ["sections"]] {
            let result = try cli.run(arguments)
            expectOneLineRefusal(result, mentioning: ["sectie-engels.json", "meetings[0].date"])
            expectClean(result)
        }
    }

    @Test func anEnumFieldWithEscapesIsNamedButNotSent() throws {
        let cli = try demo { try setFirst("origin", of: "initiatives", to: Self.payload, in: &$0) }
        defer { cli.cleanUp() }
        let result = try cli.run(["show", "jaaragenda", "--section", "sectie-engels"])
        expectOneLineRefusal(result, mentioning: ["initiatives[0].origin"])
        expectClean(result)
        let listing = try cli.run(["sections", "--json"])
        #expect(listing.stdout.contains("origin"))
        expectClean(listing)
    }

    @Test func aNameWithEscapesIsShownCleaned() throws {
        let cli = try demo {
            try setFirst("name", of: "people", to: "Gemma \(Self.payload) de Vries", in: &$0)
        }
        defer { cli.cleanUp() }
        let views = [
            ["show", "person", "--name", "Gemma"], ["show", "stappenplan"], ["show", "jaaragenda"],
            ["show", "stappenplan", "--format", "tsv"], ["show", "stappenplan", "--format", "json"],
            ["show", "sociogram"], ["show", "initiative", "--initiative", "Literatuuronderwijs"],
        ]
        for view in views {
            let result = try cli.run(view + ["--section", "sectie-engels"])
            #expect(result.status == 0, "\(view): \(result.stderr)")
            expectClean(result)
        }
        #expect(
            try cli.run(["show", "person", "--name", "Gemma", "--section", "sectie-engels"]).stdout.contains(
                "Gemma"))
    }

    @Test func argumentsWithEscapesAreNotEchoed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let attempts = [
            ["show", "stappenplan", "--section", "\u{1b}]0;X\u{07}"],
            ["show", "stappenplan", "--section", "sectie-engels", "--lang", Self.payload],
            ["show", "stappenplan", "--\u{1b}]0;X\u{07}"],
            ["show", "\u{1b}[2J"],
            ["step", "--section", "sectie-engels", "--initiative", Self.payload, "next"],
        ]
        for arguments in attempts {
            let result = try cli.run(arguments)
            #expect(result.status != 0, "\(arguments.map { $0.debugDescription })")
            #expect(!result.stderr.isEmpty)
            expectClean(result)
        }
    }

    /// A file that parses but repeats ids loads with a warning per repair, and is not rewritten.
    @Test func aRepairedSectionIsSaidOnStderrAndTheFileIsLeftAlone() throws {
        let cli = try demo { section in
            var people = try #require(section["people"] as? [[String: Any]])
            people.append(people[0])
            section["people"] = people
        }
        defer { cli.cleanUp() }
        let before = try cli.bytes("sectie-engels")
        let result = try cli.run(["show", "stappenplan", "--section", "sectie-engels", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 duplicate id replaced by a new one"), "\(result.stderr)")
        #expect(try cli.bytes("sectie-engels") == before)
    }
}
