import Foundation
import KnooppuntModel
import KnooppuntUI

/// Draws every printed view of a section in-process, the way `knooppunt show` does, so the fuzz round
/// reaches the interface's views for every file it loads rather than only for the few it hands to the
/// binary. Returns the plain text of all views, for the check that no control character got through.
enum SectionViewsRendering {
    static func renderAll(_ section: Section, today: Day) -> String {
        let context = ScreenContext(
            language: .nl, color: false, sharedScreen: false, showSensitive: true, today: today)
        var text = StappenplanView(section: section, context: context, showDropped: true)
            .printed(width: 100).plainText()
        text += JaaragendaView(section: section, context: context).printed(width: 100).plainText()
        for initiative in section.initiatives.prefix(2) {
            text += InitiativeView(section: section, initiative: initiative, context: context)
                .printed(width: 80).plainText()
        }
        if let meeting = section.meetings.first {
            text += MeetingView(section: section, meeting: meeting, context: context).printed(width: 80)
                .plainText()
        }
        if let person = section.people.first {
            text += PersonView(section: section, person: person, context: context, showPrivateNote: true)
                .printed(width: 80).plainText()
        }
        for kind in [NetworksScreen.Kind.ecogram, .analysis] {
            var grid = Grid(width: 100, height: 30)
            NetworksScreen(kind: kind, index: 0).render(
                section, into: &grid, area: grid.bounds, context: context)
            text += grid.plainText()
        }
        if !section.networks.sociograms.isEmpty {
            for mode in [SociogramScreen.Mode.picture, .metrics, .matrix] {
                var grid = Grid(width: 100, height: 40)
                SociogramScreen(index: 0, mode: mode).render(
                    section, into: &grid, area: grid.bounds, context: context)
                text += grid.plainText()
            }
        }
        return text
    }
}
