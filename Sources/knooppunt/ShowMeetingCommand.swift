import ArgumentParser
import KnooppuntUI

/// `knooppunt show meeting --section S --number K`: one meeting as meeting mode shows it on the shared
/// screen (never with private notes).
struct ShowMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Print one meeting: its items by column and the routine tasks.")

    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp("The meeting number (overleg K).", valueName: "K"))
    var number: Int

    func run() throws {
        let section = try view.load().shown
        let meeting = try Lookup.meeting(number, in: section, slug: view.section)
        ShowViewOptions.print(
            MeetingView(section: section, meeting: meeting, context: view.context).printed(
                width: view.width))
    }
}
