import ArgumentParser

// STUB: replaced by the issue that builds this view.
struct ShowMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meeting", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt show meeting is not built yet.")
    }
}
