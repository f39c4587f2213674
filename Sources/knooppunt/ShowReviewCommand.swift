import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show review --section S`: the half-year review on one page.
struct ShowReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract:
            "Print the half-year review: open initiatives, passed target dates, meeting evaluations, the latest instrument rounds, successes."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var view: ShowViewOptions

    func validate() throws { try view.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(view.section)
        let section = view.naming.presenting(stored.section)
        ShowViewOptions.print(ReviewView(section: section, context: view.context).printed(width: view.width))
    }
}
