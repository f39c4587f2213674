import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Screen 3's editing as a user does it: a new schakel without a position, the contact story written
/// and read, the relation keys that say what they did, a reload key of its own.
@Suite("Networks editing")
struct UINetworksEditingTests {
    static func analysisDriver() throws -> UIDriver {
        var d = UIDriver(section: try NetworksFixture.section())
        d.type("3")
        d.key(.tab)
        #expect(d.state.networks.kind == .analysis)
        return d
    }

    @Test("A new schakel starts without a position")
    func newSchakelHasNoPosition() throws {
        var d = try Self.analysisDriver()
        d.type("a")
        d.type("Ans Bakker")
        d.key(.enter)
        let s = try #require(d.state.section.networks.analyses[0].schakels.last)
        #expect(s.name == "Ans Bakker")
        #expect(s.positions.isEmpty)
        #expect(d.screen.contains("Ans Bakker (nog geen positie; p)"))
    }

    @Test("s writes a schakel's contact story in a dialog and the details pane reads it")
    func storyIsWrittenAndRead() throws {
        var d = try Self.analysisDriver()
        let heleen = d.state.section.networks.analyses[0].schakels[2]
        d.state.networks.view.selected = heleen.id
        d.type("s")
        guard case .prompt(let p)? = d.state.dialog else {
            Issue.record("no dialog after s")
            return
        }
        #expect(p.buffer.text == heleen.story)
        #expect(p.buffer.multiline)
        d.type(" Ook naar de pilot vragen.")
        d.key(.tab)
        let story = d.state.section.networks.analyses[0].schakels[2].story
        #expect(story == heleen.story + " Ook naar de pilot vragen.")
        #expect(d.screen.contains("Verhaal: "))
        #expect(d.screen.contains("Ook naar de pilot"))
        // Without a schakel selected, s says what it needs.
        d.state.networks.view.selected = nil
        d.type("s")
        #expect(d.state.dialog == nil)
        #expect(d.screen.contains("Kies eerst een schakel om het verhaal"))
    }

    @Test("R on the ecogram says what it did, also when R is hidden; o reloads there, R does not")
    func relationFeedbackAndReloadKey() throws {
        var d = UIDriver(section: try NetworksFixture.section())
        d.type("3")
        let e = d.state.section.networks.ecograms[0]
        let caroline = try #require(e.contacts.first { $0.name == "Caroline" })
        d.state.networks.view.selected = caroline.id
        d.type("R")
        #expect(d.state.section.networks.ecograms[0].ties[0].relations == ["K", "G", "E", "R"])
        #expect(d.screen.contains("R op de lijn met Caroline Noël gezet; verborgen, ! toont."))
        d.type("K")
        #expect(d.screen.contains("K van de lijn met Caroline Noël gehaald."))
        d.acknowledgeSaves = false
        d.type("G")
        d.send(.app(.conflict(slug: "sectie-engels", message: "saved by someone else")))
        #expect(d.screen.contains("o leest opnieuw in"))
        d.effects = []
        d.type("R")
        #expect(!d.effects.contains(.reload(slug: "sectie-engels")))
        d.type("o")
        #expect(d.effects.last == .reload(slug: "sectie-engels"))
        d.type("?")
        // The help names o, not R, for the reload on this screen.
        let help = try #require(
            d.screen.split(separator: "\n").first { $0.contains("inlezen na een conflict") })
        #expect(help.contains(#/ o +inlezen na een conflict/#))
        #expect(!help.contains(#/ R +inlezen na een conflict/#))
    }
}
