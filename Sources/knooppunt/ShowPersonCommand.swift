import ArgumentParser

// STUB: replaced by the issue that builds this view.
struct ShowPersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "person", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt show person is not built yet.")
    }
}
