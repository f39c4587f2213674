import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

@main
struct Knooppunt: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "knooppunt",
            abstract: CommandText.language.words.helpKnooppunt,
            version: Knooppunt.version,
            subcommands: [
                InterfaceCommand.self, DemoCommand.self, SectionsCommand.self, NewSectionCommand.self,
                ShowCommand.self, StepCommand.self, AnalyseCommand.self, ImportCommand.self,
                ExportCommand.self,
                ForgetCommand.self, PurgeCommand.self, ShareCommand.self, SyncCommand.self,
                ConflictsCommand.self,
                MergeDriverCommand.self, RestoreCommand.self, ThermometerCommand.self, DimensiesCommand.self,
                InterventieCommand.self, GroslijstCommand.self,
            ],
            defaultSubcommand: InterfaceCommand.self
        )
    }

    /// The release this binary belongs to; `knooppunt --version` prints it. Raised by hand at a release,
    /// together with the man page's header.
    static let version = "0.1.0"

    /// Like ArgumentParser's own `main`, but a fault is one line on stderr: the usage block it would add
    /// after a mistyped option buries the sentence that says what is wrong. `--help` still prints help.
    static func main() {
        CommandText.language = language(in: Array(CommandLine.arguments.dropFirst()))
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(after: error, hint: helpHint(for: Array(CommandLine.arguments.dropFirst())))
        }
        do {
            try command.run()
        } catch {
            exit(after: error)
        }
    }

    /// The language of the sentences, looked up before the options are read so that a refusal while
    /// reading them is in it too: `--lang nl|en` (or `--lang=…`) anywhere, else as `CommandSupport.language`.
    static func language(in arguments: [String]) -> Language {
        var given: String?
        for (i, word) in arguments.enumerated() {
            if word == "--lang", i + 1 < arguments.count { given = arguments[i + 1] }
            if word.hasPrefix("--lang=") { given = String(word.dropFirst("--lang=".count)) }
        }
        return CommandSupport.language(given)
    }

    /// "Run `knooppunt show stappenplan --help` for the options.": the command the user was typing, as far
    /// as its words name commands, so the hint points at the help that answers the mistake.
    static func helpHint(for arguments: [String]) -> String {
        var path = ["knooppunt"]
        var command: ParsableCommand.Type = Knooppunt.self
        for word in arguments {
            guard let sub = command.configuration.subcommands.first(where: { $0._commandName == word })
            else { break }
            path.append(word)
            command = sub
        }
        return say.cliHelpHint(command: path.joined(separator: " "))
    }

    /// `--help` and `--version` print their text and exit 0; anything else prints one line. ArgumentParser's
    /// own messages ("Missing expected argument '<move>'") say what is wrong but not what to do, so they
    /// get `hint`; our own messages are whole sentences that already end in a full stop.
    private static func exit(after error: Error, hint: String = "") -> Never {
        let code = exitCode(for: error)
        if code == .success {
            let message = fullMessage(for: error)
            let text = TerminalSafe.cleanLines(
                CommandText.language == .en ? message : ParserWording.dutchHelp(message))
            if !text.isEmpty { print(text) }
            Foundation.exit(0)
        }
        // ArgumentParser repeats the user's arguments in its messages ("Unknown option '…'"), and our own
        // messages quote values from files: both are cleaned before they reach the terminal.
        let english = CommandText.language == .en
        let text =
            (error as? StoreError)?.text(english: english)
            ?? (english ? message(for: error) : ParserWording.dutch(message(for: error)))
        let sentence = TerminalSafe.clean(text).trimmingCharacters(in: .whitespaces)
        if !sentence.isEmpty {
            var oneLine = sentence.split(whereSeparator: \.isNewline).joined(separator: " ")
            if !hint.isEmpty, let last = oneLine.last, !".!?".contains(last) { oneLine += ". " + hint }
            TerminalOutput.standardError(say.cliErrorPrefix + oneLine + "\n")
        }
        Foundation.exit(code.rawValue)
    }
}
