import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show interventies --section S [--sociogram N] [--measurement K] [--json]`: the
/// interventions of a measurement, numbered, beside what changed by the next measurement.
struct ShowInterventiesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("interventies", \.helpShowInterventies) }

    @OptionGroup var view: ShowViewOptions

    @OptionGroup var measurement: InterventionMeasurement

    @Flag(help: ArgumentHelp(\.helpShowInterventiesJson)) var json = false

    func run() throws {
        let section = try view.load().shown
        let (g, m) = try measurement.resolve(section)
        let shown = InterventionsView(
            section: section, sociogram: section.networks.sociograms[g], measurement: m, context: view.context
        )
        if json {
            let list: [[String: Any]] = shown.interventions.enumerated().map { n, i in
                [
                    "number": n + 1, "what": i.what, "who": i.whoName(in: section) as Any? ?? NSNull(),
                    "by": i.byWhen?.description as Any? ?? NSNull(), "done": i.done,
                ]
            }
            let s = section.networks.sociograms[g]
            print(
                JSONText.encode(["measurement": s.measurements[m].date.description, "interventions": list]))
        } else {
            ShowViewOptions.print(shown.printed(width: view.width))
        }
    }
}
