import Foundation
import KnooppuntModel
import Testing

/// The command line speaks the interface's language: Dutch by default, English with `--lang en` or an
/// English LANG, for its own sentences and for the store's errors alike.
@Suite struct CLILanguageTests {
    /// No English locale anywhere: LC_ALL and LC_MESSAGES empty, LANG Dutch.
    static let dutch = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_NL.UTF-8"]
    static let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]
    static let nobody = ["show", "person", "--section", "sectie-engels", "--name", "Pietje Puk"]

    @Test func aRefusalIsDutchByDefaultAndEnglishUnderAnEnglishLang() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let dutch = try cli.run(Self.nobody, environment: Self.dutch)
        expectOneLineRefusal(dutch, mentioning: ["Fout: ", "heeft niemand die", "Pietje Puk"])
        let english = try cli.run(Self.nobody, environment: Self.english)
        expectOneLineRefusal(english, mentioning: ["Error: ", "has no person", "Pietje Puk"])
    }

    @Test func langOnTheCommandLineWinsOverLang() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let english = try cli.run(Self.nobody + ["--lang", "en"], environment: Self.dutch)
        expectOneLineRefusal(english, mentioning: ["has no person"])
        let dutch = try cli.run(Self.nobody + ["--lang", "nl"], environment: Self.english)
        expectOneLineRefusal(dutch, mentioning: ["heeft niemand die"])
        // A refusal of the options themselves is in the asked language too.
        let width = try cli.run(
            ["show", "stappenplan", "--section", "sectie-engels", "--width", "5"], environment: Self.dutch)
        expectOneLineRefusal(width, mentioning: ["--width moet tussen 40 en 1000"])
    }

    @Test func theStoresErrorsFollowTheLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let missing = ["show", "stappenplan", "--section", "nergens"]
        expectOneLineRefusal(
            try cli.run(missing, environment: Self.dutch), mentioning: ["Fout: Er is geen sectie “nergens”"])
        expectOneLineRefusal(
            try cli.run(missing, environment: Self.english),
            mentioning: ["Error: There is no section “nergens”"])
        #expect(StoreError.notFound(slug: "x").text(english: false).hasPrefix("Er is geen sectie"))
        #expect(StoreError.locked(slug: "x").text(english: false).contains("probeer het zo nog eens"))
        #expect(StoreError.notFound(slug: "x").description.hasPrefix("There is no section"))
    }

    @Test func confirmationsAreDutchByDefault() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["demo"])
        let add = try cli.run(
            ["interventie", "add", "--section", "sectie-engels", "--what", "Samen lunchen"],
            environment: Self.dutch)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("Interventie 1 afgesproken bij de meting van"), "\(add.stdout)")
        let done = try cli.run(
            ["interventie", "done", "--section", "sectie-engels", "--number", "1"], environment: Self.english)
        #expect(done.stdout == "Intervention 1 marked done.\n", "\(done.stdout)")
        let format = try cli.run(
            ["export", "agenda", "--section", "sectie-engels", "--meeting", "1", "--format", "pdf"],
            environment: Self.dutch)
        expectOneLineRefusal(format, mentioning: ["--format is md, html of txt, niet “pdf”"])
    }
}
