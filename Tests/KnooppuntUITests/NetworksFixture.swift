import Foundation
import KnooppuntModel
import KnooppuntResources

@testable import KnooppuntUI

/// The demo section with the demo networks, as `knooppunt demo` sets it up.
enum NetworksFixture {
    static func section() throws -> Section {
        var section = try JSONDecoder().decode(
            Section.self, from: try KnooppuntResources.data("demo/sectie-engels.json"))
        section.networks = try JSONDecoder().decode(
            Networks.self, from: try KnooppuntResources.data("demo/sectie-engels-netwerken.json"))
        return section
    }

    static func render(
        _ screen: NetworksScreen, _ section: Section, width: Int, height: Int, context: ScreenContext
    ) -> Grid {
        var grid = Grid(width: width, height: height)
        screen.render(section, into: &grid, area: grid.bounds, context: context)
        return grid
    }

    static func render(
        _ screen: SociogramScreen, _ section: Section, width: Int, height: Int, context: ScreenContext
    ) -> Grid {
        var grid = Grid(width: width, height: height)
        screen.render(section, into: &grid, area: grid.bounds, context: context)
        return grid
    }
}
