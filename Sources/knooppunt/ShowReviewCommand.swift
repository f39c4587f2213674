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

    @OptionGroup var view: ShowViewOptions

    func run() throws {
        let section = try view.load().shown
        ShowViewOptions.print(ReviewView(section: section, context: view.context).printed(width: view.width))
    }
}
