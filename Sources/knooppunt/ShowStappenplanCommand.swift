import ArgumentParser

// STUB: replaced by the issue that builds this view.
struct ShowStappenplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stappenplan", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt show stappenplan is not built yet.")
    }
}
