import ArgumentParser

// STUB: replaced by the issue that builds this view.
struct ShowNetwerkanalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "netwerkanalyse", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt show netwerkanalyse is not built yet.")
    }
}
