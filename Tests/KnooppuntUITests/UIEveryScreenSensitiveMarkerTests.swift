import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The marker that says a network screen shows sensitive data (`!`: negative ties, private notes) must be
/// readable at both sizes, because these are the screens a section projects.
@Suite struct UIEveryScreenSensitiveMarkerTests {
    @Test(arguments: UIEveryScreenTests.sizes)
    func sensitiveMarkerShowsOnTheSociogramTitle(width: Int, height: Int) throws {
        var d = try UIEveryScreenTests.demo(width, height, UIEveryScreenTests.chars("4!"))
        UIEveryScreenTests.expectSound(d.grid, "sociogram with sensitive data")
        // The status message says so only until the next key; the title row must keep saying it.
        d.key(.right)
        let title = d.grid.line(1)
        // The title gives way to the marker: at 80 columns the demo's long title is shortened with "…".
        #expect(title.contains("[gevoelig zichtbaar]"), "title row: \(title)")
    }

    @Test(arguments: UIEveryScreenTests.sizes)
    func sensitiveMarkerShowsOnTheEcogramTitle(width: Int, height: Int) throws {
        var d = try UIEveryScreenTests.demo(width, height, UIEveryScreenTests.chars("3!"))
        d.key(.right)
        #expect(d.grid.line(1).contains("[gevoelig zichtbaar]"), "title row: \(d.grid.line(1))")
    }
}
