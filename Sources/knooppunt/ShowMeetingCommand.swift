import ArgumentParser
import KnooppuntUI

/// `knooppunt show meeting --section S --number K`: one meeting as meeting mode shows it on the shared
/// screen (never with private notes).
struct ShowMeetingCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("meeting", \.helpShowMeeting) }

    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp(\.helpShowMeetingNumber, valueName: "K")) var number: Int

    func run() throws {
        try view.show { section, context in
            let meeting = try Lookup.meeting(number, in: section, slug: view.section)
            return MeetingView(section: section, meeting: meeting, context: context)
        }
    }
}
