import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show review --section S`: the half-year review on one page.
struct ShowReviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("review", \.helpShowReview) }

    @OptionGroup var view: ShowViewOptions

    func run() throws {
        try view.show { ReviewView(section: $0, context: $1) }
    }
}
