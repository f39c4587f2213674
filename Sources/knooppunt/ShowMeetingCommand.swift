import ArgumentParser
import KnooppuntUI

/// `knooppunt show meeting --section S --number K`: one meeting as meeting mode shows it on the shared
/// screen (never with private notes).
struct ShowMeetingCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("meeting", .showMeeting) }

    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp(.showMeetingNumber, valueName: "K"))
    var number: Int

    func run() throws {
        let section = try view.load().shown
        let meeting = try Lookup.meeting(number, in: section, slug: view.section)
        ShowViewOptions.print(
            MeetingView(section: section, meeting: meeting, context: view.context).printed(
                width: view.width))
    }
}
