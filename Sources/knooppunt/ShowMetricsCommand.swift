import ArgumentParser

// STUB: replaced by the issue that builds this view.
struct ShowMetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "metrics", abstract: "Not built yet.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        throw ValidationError("knooppunt show metrics is not built yet.")
    }
}
