import PackagePlugin

/// Turns the word tables of a target (`Tables/nl.words`, `Tables/en.words`) into Swift before the
/// target compiles, so a key missing in one language stops the build at the table's line.
@main
struct WordsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tables = ["nl", "en"].map { target.directoryURL.appending(path: "Tables/\($0).words") }
        let output = context.pluginWorkDirectoryURL.appending(path: "Words+Tables.swift")
        return [
            .buildCommand(
                displayName: "Generating the words of \(target.name)",
                executable: try context.tool(named: "WordsGenerator").url,
                arguments: [output.path] + tables.map(\.path),
                inputFiles: tables,
                outputFiles: [output])
        ]
    }
}
