import Foundation
import KnooppuntModel
import Testing

/// `knooppunt demo`, `sections`, `new-section` and `--help`, run as a user would.
@Suite struct CLISectionsTests {
    @Test func demoCreatesSectieEngelsOnceAndForceReplacesIt() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let first = try cli.run(["demo"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("sectie-engels"))
        let stored = try cli.store().load("sectie-engels")
        #expect(stored.section.name == "Sectie Engels")
        #expect(stored.section.people.count == 7)
        #expect(stored.section.initiatives.count == 4)
        #expect(stored.section.meetings.count == 6)

        // Never overwritten without --force: refused in one line, the file byte-identical.
        var changed = stored.section
        changed.people.removeLast()
        _ = try cli.store().save(changed, slug: "sectie-engels", expectedRevision: stored.revision)
        let before = try cli.bytes("sectie-engels")
        let again = try cli.run(["demo"])
        expectOneLineRefusal(again, mentioning: ["sectie-engels", "--force"])
        #expect(try cli.bytes("sectie-engels") == before)

        let forced = try cli.run(["demo", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try cli.store().load("sectie-engels").section.people.count == 7)
        #expect(
            !(try cli.store().backups(of: "sectie-engels")).isEmpty, "the replaced file is kept as a backup")
    }

    /// A broken sectie-engels.json used to get "already exists; use --force", and --force then refused
    /// the broken file: the advice led nowhere. `demo` must name the fault and leave the file alone.
    @Test func demoOverABrokenFileNamesTheFault() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let broken = Data("{\n  \"schemaVersion\" : 1,\n  \"section\" : {\n".utf8)
        try broken.write(to: cli.file("sectie-engels"))
        let again = try cli.run(["demo", "--lang", "en"])
        expectOneLineRefusal(again, mentioning: ["sectie-engels.json", "line 4"])
        #expect(!again.stderr.contains("--force"), "no advice that cannot work: \(again.stderr)")
        #expect(try cli.bytes("sectie-engels") == broken)
    }

    /// `--data-dir ""` (a script's unset variable) used to fall back silently to ~/.local/share/knooppunt.
    @Test func anEmptyDataDirIsRefused() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["new-section", "Leeg", "--data-dir", ""], withDataDir: false)
        expectOneLineRefusal(result, mentioning: ["--data-dir"])
        let created = FileManager.default.enumerator(atPath: cli.home.path)?.allObjects as? [String] ?? []
        #expect(!created.contains { $0.hasSuffix("leeg.json") }, "nothing written under HOME: \(created)")
    }

    /// The networks helper ships Resources/demo/sectie-engels-netwerken.json; when it is there, the demo
    /// section carries those networks (decoded independently here, from the source tree).
    @Test func demoCarriesTheDemoNetworksWhenShipped() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/demo/sectie-engels-netwerken.json")
        guard let data = try? Data(contentsOf: file) else {
            print(
                "CLISectionsTests: SKIPPED the networks check: \(file.path) is not in this tree; the demo has empty networks."
            )
            return
        }
        let expected = try JSONDecoder().decode(Networks.self, from: data)
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        #expect(try cli.store().load("sectie-engels").section.networks == expected)
    }

    @Test func sectionsListsCountsAndJSON() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let empty = try cli.run(["sections"], environment: CLIRunner.english)
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("No sections"))

        try cli.run(["demo"])
        #expect(try cli.run(["new-section", "Sectie Frans"]).stdout == "sectie-frans\n")
        let text = try cli.run(["sections"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        #expect(lines.contains(["sectie-engels", "Sectie", "Engels", "7", "4", "6"]))
        #expect(lines.contains(["sectie-frans", "Sectie", "Frans", "0", "0", "0"]))

        let json = try cli.run(["sections", "--json"])
        #expect(json.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        let engels = try #require(sections.first { $0["slug"] as? String == "sectie-engels" })
        #expect(engels["name"] as? String == "Sectie Engels")
        #expect(engels["people"] as? Int == 7)
        #expect(engels["initiatives"] as? Int == 4)
        #expect(engels["meetings"] as? Int == 6)
        #expect((object["unreadable"] as? [Any])?.isEmpty == true)
    }

    @Test func hostileNamesStayInsideTheDataDirectory() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let passwd = try? Data(contentsOf: URL(fileURLWithPath: "/etc/passwd"))

        for name in ["../x", "/etc/passwd", "Sectie 😀 Émoji 🇳🇱"] {
            let result = try cli.run(["new-section", name])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let slug = result.stdout.trimmingCharacters(in: .newlines)
            #expect(SectionStore.isValidSlug(slug), "\(name) → \(slug)")
            #expect(!slug.contains("/") && !slug.contains("..") && slug.unicodeScalars.allSatisfy(\.isASCII))
            #expect(FileManager.default.fileExists(atPath: cli.file(slug).path))
            #expect(try cli.store().load(slug).section.name == name, "the name itself is kept as typed")
        }
        #expect(
            !FileManager.default.fileExists(
                atPath: cli.dataDir.deletingLastPathComponent().appendingPathComponent("x.json").path))
        #expect((try? Data(contentsOf: URL(fileURLWithPath: "/etc/passwd"))) == passwd)

        let filesBefore = try cli.sectionFiles()
        let refused: [(String, String)] = [
            ("escape", "Sectie \u{1B}[2JEngels"), ("newline", "Sectie\nEngels"), ("bell", "Sectie\u{07}"),
            ("DEL", "Sectie\u{7F}"), ("C1", "Sectie\u{85}Engels"), ("bidi override", "Sectie \u{202E}slegnE"),
            ("10,000 characters", String(repeating: "x", count: 10_000)), ("only spaces", "   "),
        ]
        for (what, name) in refused {
            let result = try cli.run(["new-section", name, "--lang", "en"])
            expectOneLineRefusal(result, mentioning: ["section name"])
            #expect(result.stdout.isEmpty, "\(what): nothing on stdout")
            #expect(
                !result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{202E}"),
                "\(what): not echoed raw")
        }
        #expect(try cli.sectionFiles() == filesBefore, "no file was created for a refused name")
    }

    @Test func aTakenNameIsRefused() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["new-section", "Sectie Frans"]).status == 0)
        let before = try cli.bytes("sectie-frans")
        expectOneLineRefusal(try cli.run(["new-section", "  sectie FRANS "]), mentioning: ["sectie-frans"])
        #expect(try cli.bytes("sectie-frans") == before)
    }

    @Test func brokenFileIsNamedWithItsPlaceAndLeftAlone() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let broken = Data("{\n  \"schemaVersion\" : 1,\n  \"section\" : { oops\n".utf8)
        try broken.write(to: cli.file("kapot"))

        let listing = try cli.run(
            ["sections"], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_NL.UTF-8"])
        #expect(listing.status != 0, "an unreadable file makes the exit status non-zero")
        #expect(listing.stdout.contains("sectie-engels"), "the other sections are still listed")
        expectOneLineRefusal(listing, mentioning: ["kapot.json", "regel 3", "kolom", "niet aangeraakt"])
        let english = try cli.run(["sections"], environment: CLIRunner.english)
        expectOneLineRefusal(english, mentioning: ["kapot.json", "line 3", "column", "left untouched"])
        #expect(try cli.bytes("kapot") == broken, "the broken file is byte-identical")

        let json = try cli.run(["sections", "--json"])
        #expect(json.status != 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["sections"] as? [[String: Any]])?.count == 1)
        #expect((object["unreadable"] as? [[String: Any]])?.first?["slug"] as? String == "kapot")

        let step = try cli.run(["step", "--lang", "en", "--section", "kapot", "--initiative", "x", "next"])
        expectOneLineRefusal(step, mentioning: ["kapot.json", "line 3"])
        #expect(try cli.bytes("kapot") == broken)
        #expect(
            try cli.run(["step", "--section", "sectie-engels", "--initiative", "Literatuuronderwijs", "next"])
                .status == 0)
    }

    /// Every command and subcommand answers --help with status 0. The list comes from the binary's own
    /// help, so a command added later is checked too; ours must be among them.
    @Test func everyCommandHasHelp() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        func subcommands(of path: [String]) throws -> [String] {
            let help = try cli.run(path + ["--help"], withDataDir: false, environment: CLIRunner.english)
            #expect(help.status == 0, "\(path) --help: \(help.stderr)")
            #expect(!help.stdout.isEmpty)
            // The help must be this command's own, not a fallback to another command's help.
            #expect(
                help.stdout.contains("USAGE: " + (["knooppunt"] + path).joined(separator: " ")), "\(path)")
            guard let range = help.stdout.range(of: "SUBCOMMANDS:\n") else { return [] }
            // The list ends at the first blank line; only that block names subcommands.
            let block = help.stdout[range.upperBound...].components(separatedBy: "\n\n").first ?? ""
            return block.split(separator: "\n").compactMap { line in
                // A command starts two spaces in; wrapped abstract text is indented further.
                guard line.hasPrefix("  "), !line.hasPrefix("   "),
                    let word = line.split(separator: " ").first
                else {
                    return nil
                }
                return word.first?.isLetter == true ? String(word) : nil
            }.filter { $0 != "help" }
        }
        let top = try subcommands(of: [])
        for ours in ["demo", "sections", "new-section", "step", "show"] { #expect(top.contains(ours)) }
        #expect(!top.contains { $0.contains(")") || $0 == "See" }, "only command names: \(top)")
        #expect(try subcommands(of: ["show"]).contains("jaaragenda"))
        for command in top {
            for sub in try subcommands(of: [command]) { _ = try subcommands(of: [command, sub]) }
        }
    }
}
