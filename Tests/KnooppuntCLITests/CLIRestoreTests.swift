import Foundation
import KnooppuntModel
import Testing

/// `restore --list` shows the kept versions; `restore --at` goes back to one as a normal save.
@Suite struct CLIRestoreTests {
    @Test func goingBackToAKeptVersionIsASaveThatKeepsTheCurrentOne() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        _ = try cli.run([
            "step", "--section", "sectie-engels", "--initiative", "Toetsmodel", "next", "--force",
        ])
        let list = try cli.run(["restore", "--section", "sectie-engels", "--list", "--lang", "en"])
        #expect(list.status == 0, "\(list.stderr)")
        let first = try #require(list.stdout.split(separator: "\n").first)
        #expect(first.contains("revision 1") && first.contains("Toetsmodel to step 5"))
        let at = String(first.prefix(19))
        let back = try cli.run(["restore", "--section", "sectie-engels", "--at", at, "--lang", "en"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("saved as revision 3"))
        let board = try cli.run(["show", "stappenplan", "--section", "sectie-engels"])
        #expect(board.stdout.contains("5 Betrokkenen (1)"))
        let again = try cli.run(["restore", "--section", "sectie-engels", "--list", "--lang", "en"])
        #expect(again.stdout.contains("revision 2"))
        #expect(try cli.run(["restore", "--section", "sectie-engels", "--at", "gisteren"]).status != 0)
        #expect(
            try cli.run(["restore", "--section", "sectie-engels", "--at", "1999-01-01T10:00"]).status != 0)
    }
}
