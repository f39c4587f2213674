import ArgumentParser

// STUB: replaced by the issue that builds this view.
struct ShowSociogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sociogram", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt show sociogram is not built yet.")
    }
}
