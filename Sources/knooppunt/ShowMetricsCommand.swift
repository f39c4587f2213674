import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show metrics --section SLUG [--name N] [--topic T] [--measurement K]`: the metrics panel of
/// screen 4 (each figure with its one-line explanation, and the change since the previous measurement).
struct ShowMetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Print a sociogram's figures, each with what it means for the section.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: NetworkShowOptions
    @OptionGroup var selection: SociogramSelection

    func validate() throws {
        try options.check()
        try selection.check()
    }

    func run() throws {
        let (_, stored) = try global.loadSection(options.section)
        let screen = try selection.screen(stored.section, options: options, mode: .metrics)
        // The panel is as long as it needs to be: never cut a figure off for want of rows.
        let height = max(options.height, 60)
        var grid = Grid(width: options.width, height: height)
        screen.render(stored.section, into: &grid, area: grid.bounds, context: options.context)
        var lines = grid.plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Drop the key help line and the empty rows before it: they belong to the interface only.
        if !lines.isEmpty { lines.removeLast() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        print(lines.joined(separator: "\n"))
    }
}
