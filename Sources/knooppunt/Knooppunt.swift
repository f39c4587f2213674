import ArgumentParser
import Foundation

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

    /// Like ArgumentParser's own `main`, but a fault is one line on stderr: the usage block it would add
    /// after a mistyped option buries the sentence that says what is wrong. `--help` still prints help.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(after: error)
        }
        do {
            try command.run()
        } catch {
            exit(after: error)
        }
    }

    /// `--help` and `--version` print their text and exit 0; anything else prints one line.
    private static func exit(after error: Error) -> Never {
        let code = exitCode(for: error)
        if code == .success {
            let text = fullMessage(for: error)
            if !text.isEmpty { print(text) }
            Foundation.exit(0)
        }
        let sentence = message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
        if !sentence.isEmpty {
            let oneLine = sentence.split(whereSeparator: \.isNewline).joined(separator: " ")
            FileHandle.standardError.write(Data("Error: \(oneLine)\n".utf8))
        }
        Foundation.exit(code.rawValue)
    }
}
