import Foundation
import KnooppuntModel
import Testing

/// `show --pseudonyms` and `--initials` print every view without the names of the section's people.
@Suite struct CLINamingTests {
    static let views: [[String]] = [
        ["show", "stappenplan"], ["show", "jaaragenda"], ["show", "meeting", "--number", "4"],
        ["show", "sociogram"], ["show", "metrics"], ["show", "ecogram"], ["show", "netwerkanalyse"],
        ["show", "initiative", "--initiative", "Literatuur"], ["show", "person", "--name", "Gemma"],
    ]

    @Test func pseudonymsLeaveNoNameOfAColleague() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let people = [
            "Gemma", "Caroline", "Noël", "Fred", "Thomas", "Hoekstra", "Jochem", "Brouwer", "Heleen", "Theo",
            "Geërts",
        ]
        for view in Self.views {
            let plain = try cli.run(view + ["--section", "sectie-engels"])
            #expect(plain.status == 0, "\(view): \(plain.stderr)")
            let hidden = try cli.run(view + ["--section", "sectie-engels", "--pseudonyms"])
            #expect(hidden.status == 0, "\(view): \(hidden.stderr)")
            for name in people {
                #expect(
                    !hidden.stdout.contains(name), "\(view.joined(separator: " ")) --pseudonyms shows \(name)"
                )
            }
            // The same run twice gives the same pseudonyms.
            #expect(
                try cli.run(view + ["--section", "sectie-engels", "--pseudonyms"]).stdout == hidden.stdout)
        }
    }

    @Test func initialsReplaceNamesAndTheFileKeepsThem() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let board = try cli.run(["show", "sociogram", "--section", "sectie-engels", "--initials"])
        #expect(board.status == 0)
        #expect(!board.stdout.contains("Gemma de Vries"))
        #expect(board.stdout.contains("GdV"))
        let person = try cli.run(["show", "person", "--section", "sectie-engels", "--name", "Gemma"])
        #expect(person.stdout.contains("Gemma de Vries"))
    }
}
