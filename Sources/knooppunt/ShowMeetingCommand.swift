import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show meeting --section S --number K`: one meeting as meeting mode shows it on the shared
/// screen (never with private notes).
struct ShowMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Print one meeting: its items by column and the routine tasks.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var view: ShowViewOptions

    @Option(help: ArgumentHelp("The meeting number (overleg K).", valueName: "K"))
    var number: Int

    func validate() throws { try view.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(view.section)
        let section = view.naming.presenting(stored.section)
        guard let meeting = section.meeting(number: number) else {
            let numbers = section.meetingsInOrder.map { String($0.number) }.joined(separator: ", ")
            throw CommandFailure(
                "Section “\(CommandSupport.shown(view.section))” has no meeting \(number)"
                    + (numbers.isEmpty ? "; it has no meetings yet." : "; it has \(numbers)."))
        }
        ShowViewOptions.print(
            MeetingView(section: section, meeting: meeting, context: view.context).printed(
                width: view.width))
    }
}
