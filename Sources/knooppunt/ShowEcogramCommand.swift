import ArgumentParser

// STUB: replaced by the issue that builds this view.
struct ShowEcogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ecogram", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt show ecogram is not built yet.")
    }
}
