import ArgumentParser

// STUB: replaced by the issue that builds this command.
struct AnalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyse", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt analyse is not built yet.")
    }
}
