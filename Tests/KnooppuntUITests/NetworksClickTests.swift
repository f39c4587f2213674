import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Clicks on a node select it, at the place the drawing shows it.
@Suite("Networks mouse clicks")
struct NetworksClickTests {
    let context = ScreenContext(sharedScreen: true, today: Day(year: 2026, month: 11, day: 21))

    /// Where a word starts on the rendered grid (column, row), from the plain text.
    func find(_ word: String, in grid: Grid) -> (x: Int, y: Int)? {
        for y in 0..<grid.height {
            let line = grid.line(y)
            if let r = line.range(of: word) {
                return (DisplayWidth.of(String(line[..<r.lowerBound])), y)
            }
        }
        return nil
    }

    @Test("A click on a name in the ecogram and in the sociogram selects that person (80×24 and 200×60)")
    func clickSelects() throws {
        var section = try NetworksFixture.section()
        for (w, h) in [(80, 24), (200, 60)] {
            let area = Rect(x: 1, y: 1, width: w - 2, height: h - 2)
            var eco = NetworksScreen()
            var grid = Grid(width: w, height: h)
            eco.render(section, into: &grid, area: area, context: context)
            let fred = try #require(find("Fred", in: grid))
            #expect(
                eco.click(x: fred.x + 1, y: fred.y, area: area, section: &section, context: context)
                    == .handled)
            let selected = try #require(eco.view.selected)
            let contact = try #require(section.networks.ecograms[0].contact(selected))
            #expect(contact.personID == DemoNetworks.fred)
            // A click on empty space changes nothing.
            #expect(
                eco.click(x: area.x, y: area.maxY - 1, area: area, section: &section, context: context)
                    == .ignored)
            #expect(eco.view.selected == contact.id)

            var socio = SociogramScreen()
            grid = Grid(width: w, height: h)
            socio.render(section, into: &grid, area: area, context: context)
            let jochem = try #require(find("Jochem", in: grid))
            #expect(
                socio.click(x: jochem.x, y: jochem.y, area: area, section: &section, context: context)
                    == .handled)
            #expect(socio.view.selected == DemoNetworks.jochem)
        }
    }
}
