import ArgumentParser

// STUB: replaced by the issue that builds this view.
struct ShowInitiativeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "initiative", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt show initiative is not built yet.")
    }
}
