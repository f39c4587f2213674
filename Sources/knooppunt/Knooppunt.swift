import ArgumentParser

@main
struct Knooppunt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "knooppunt",
        abstract: "Network learning for a teacher section: stappenplan, jaaragenda, ecogram and sociogram.",
        subcommands: [
            InterfaceCommand.self, DemoCommand.self, SectionsCommand.self, NewSectionCommand.self,
            ShowCommand.self, StepCommand.self, AnalyseCommand.self, ImportCommand.self,
        ],
        defaultSubcommand: InterfaceCommand.self
    )
}
