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
        // KNOWN DEFECT (reported, Sources not changed here): at 80×24 the demo's title "Sociogram sectie
        // Engels: alle onderwerpen, meting 2/2: 2026-10-05 (najaar 2026)" already fills the row, so the
        // appended "  [gevoelig zichtbaar]" is clipped away and nothing on screen says negative ties are
        // shown. Remove withKnownIssue once SociogramScreen shortens the title instead of the marker.
        withKnownIssue("the sensitive marker is clipped off the sociogram title at 80 columns") {
            #expect(title.contains("[gevoelig zichtbaar]"), "title row: \(title)")
        } when: {
            width < 100
        }
    }

    @Test(arguments: UIEveryScreenTests.sizes)
    func sensitiveMarkerShowsOnTheEcogramTitle(width: Int, height: Int) throws {
        var d = try UIEveryScreenTests.demo(width, height, UIEveryScreenTests.chars("3!"))
        d.key(.right)
        #expect(d.grid.line(1).contains("[gevoelig zichtbaar]"), "title row: \(d.grid.line(1))")
    }
}
