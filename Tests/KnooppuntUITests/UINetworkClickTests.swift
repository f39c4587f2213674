import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Clicks on screen 4 travel through `App.update` to the sociogram with the area it was drawn in.
@Suite struct UINetworkClickTests {
    @Test func aClickOnANameInTheSociogramSelectsThatPerson() throws {
        for (w, h) in [(80, 24), (200, 60)] {
            var d = UIDriver(section: try NetworksFixture.section(), width: w, height: h)
            d.key(.character("4"))
            #expect(d.state.screen == .sociogram)
            let grid = d.grid
            let row = try #require((0..<grid.height).first { grid.line($0).contains("Jochem") })
            let column = DisplayWidth.of(
                String(grid.line(row).prefix(upTo: grid.line(row).range(of: "Jochem")!.lowerBound)))
            #expect(d.state.sociogram.view.selected == nil || !d.screen.contains("Jochem Brouwer"))
            d.send(.mouse(MouseEvent(x: column + 1, y: row, action: .press)))
            // The selected person is drawn with their whole name.
            #expect(d.screen.contains("Jochem Brouwer"), "\(w)×\(h)")
        }
    }
}
