import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Ctrl-P names people by initials, then pseudonyms, on every screen; the title bar says so and the
/// section keeps its names.
@Suite struct UINamingTests {
    @Test func ctrlPCyclesNamesInitialsPseudonymsWithoutChangingTheSection() throws {
        let section = try NetworksFixture.section()
        var d = UIDriver(exhaustive: section, width: 200, height: 60)
        d.key(.character("4"))
        #expect(d.screen.contains("Gemma de Vries"))
        d.key(.control("p"))
        #expect(d.state.naming == .initials)
        #expect(!d.screen.contains("Gemma de Vries"))
        #expect(d.grid.line(0).contains("initialen"))
        d.key(.control("p"))
        #expect(d.state.naming == .pseudonyms)
        for person in section.people { #expect(!d.screen.contains(person.name)) }
        #expect(d.grid.line(0).contains("pseudoniemen"))
        for key in "123456" {
            d.key(.character(key))
            for person in section.people {
                let lines = d.screen.split(separator: "\n").filter { $0.contains(person.name) }
                #expect(lines.isEmpty, "screen \(key) shows \(person.name) with pseudonyms: \(lines)")
            }
        }
        d.key(.control("p"))
        #expect(d.state.naming == .fullNames)
        d.finish()
        #expect(d.saves.isEmpty)
    }

    @Test func sensitivePositionsAreCountsOnTheSharedFiguresUntilRevealed() throws {
        var d = UIDriver(section: try NetworksFixture.section(), width: 160, height: 45)
        for k in "4i" { d.key(.character(k)) }
        let hidden = d.screen
        #expect(hidden.contains("Geïsoleerd: 1 persoon (! toont wie)"))
        d.key(.character("!"))
        #expect(d.screen.contains("Geïsoleerd: Fred van Dijk"))
    }

    @Test func pseudonymsAreStableAndDiffer() {
        let a = UUID(), b = UUID()
        #expect(NameDisplay.pseudonym(for: a) == NameDisplay.pseudonym(for: a))
        let many = (0..<50).map { _ in NameDisplay.pseudonym(for: UUID()) }
        #expect(Set(many).count > 40)
        _ = b
    }
}
