import ArgumentParser

// STUB: replaced by the issue that builds this view.
struct ShowJaaragendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "jaaragenda", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt show jaaragenda is not built yet.")
    }
}
