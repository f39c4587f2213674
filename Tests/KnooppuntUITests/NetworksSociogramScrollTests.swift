import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// A section larger than the window, and figures longer than it: what the user works on stays on screen.
@Suite("Networks sociogram at small sizes")
struct NetworksSociogramScrollTests {
    let context = ScreenContext(sharedScreen: true, today: Day(year: 2026, month: 11, day: 21))

    /// A sociogram of 30 people with names Lid 01 … Lid 30 and one topic.
    func bigSection() -> Section {
        let people = (1...30).map { Person(name: String(format: "Lid %02d", $0)) }
        let topic = SociogramTopic(name: "zorg", question: "Aan wie vraag je advies over zorg?")
        let s = Sociogram(
            name: "Groot", personIDs: people.map(\.id), topics: [topic],
            measurements: [SociogramMeasurement(date: Day(year: 2026, month: 11, day: 1))])
        return Section(name: "Groot", people: people, networks: Networks(sociograms: [s]))
    }

    @Test("The sociomatrix pages to the cursor: row 30 and column 25 are on screen and toggle there")
    func matrixFollowsCursor() throws {
        var section = bigSection()
        var screen = SociogramScreen()
        _ = screen.handle(.key(.character("s")), section: &section, context: context)
        for _ in 0..<29 { _ = screen.handle(.key(.down), section: &section, context: context) }
        for _ in 0..<24 { _ = screen.handle(.key(.right), section: &section, context: context) }
        let grid = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
        let text = grid.plainText()
        #expect(text.contains("Lid 30"), "the cursor's row is on screen")
        // The cursor's cell is drawn in reverse video somewhere on screen, besides the row and column heads.
        let reversed = (0..<grid.height).flatMap { y in
            (0..<grid.width).filter { grid[$0, y].style.reverse && grid[$0, y].text == "·" }.map { _ in y }
        }
        #expect(reversed.count == 1, "the cursor's cell is visible")
        #expect(text.contains("of 30") || text.contains("van 30"))
        _ = screen.handle(.key(.character(" ")), section: &section, context: context)
        let choices = section.networks.sociograms[0].measurements[0].choices
        #expect(choices.count == 1)
        #expect(choices.first?.from == section.people[29].id && choices.first?.to == section.people[24].id)
    }

    @Test("The figures panel scrolls at 80×24 down to the comparison with the previous measurement")
    func figuresScroll() throws {
        var section = try NetworksFixture.section()
        var screen = SociogramScreen()
        _ = screen.handle(.key(.character("i")), section: &section, context: context)
        let first = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
            .plainText()
        #expect(!first.contains("vorige meting"))
        #expect(first.contains("↓ meer"))
        for _ in 0..<60 { _ = screen.handle(.key(.down), section: &section, context: context) }
        let last = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
            .plainText()
        #expect(last.contains("vorige meting"), "the comparison can be reached")
        #expect(last.contains("↑ meer") && !last.contains("↓ meer"))
        _ = screen.handle(.key(.home), section: &section, context: context)
        let back = NetworksFixture.render(screen, section, width: 80, height: 24, context: context)
            .plainText()
        #expect(back == first)
    }
}
