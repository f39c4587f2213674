import ArgumentParser

// STUB: replaced by the issue that builds this command.
struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "step", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt step is not built yet.")
    }
}
