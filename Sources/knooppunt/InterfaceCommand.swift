import ArgumentParser

// STUB: replaced by the issue that builds this command.
struct InterfaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "interface", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt interface is not built yet.")
    }
}
