import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show metrics --section SLUG [--name N] [--topic T] [--measurement K]`: the metrics panel of
/// screen 4 (each figure with its one-line explanation, and the change since the previous measurement).
struct ShowMetricsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("metrics", \.helpShowMetrics) }

    @OptionGroup var view: SociogramSelection

    func run() throws {
        let (section, screen) = try view.load(mode: .metrics)
        // The panel is as long as it needs to be: never cut a figure off for want of rows.
        let drawn = view.options.drawn(screen, section, height: max(view.options.height, 60))
        var lines = drawn.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Drop the key help line and the empty rows before it: they belong to the interface only.
        if !lines.isEmpty { lines.removeLast() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        print(lines.joined(separator: "\n"))
    }
}
