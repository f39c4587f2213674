import ArgumentParser

// STUB: replaced by the issue that builds this command.
struct SectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sections", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt sections is not built yet.")
    }
}
