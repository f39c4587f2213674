import ArgumentParser

// STUB: replaced by the issue that builds this command.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt demo is not built yet.")
    }
}
