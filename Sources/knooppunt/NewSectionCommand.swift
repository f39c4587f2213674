import ArgumentParser

// STUB: replaced by the issue that builds this command.
struct NewSectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-section", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt new-section is not built yet.")
    }
}
