import ArgumentParser
import Foundation

/// `--yes`, and the yes/no question a command asks on the terminal before it removes data (`forget`,
/// `purge`).
struct ConfirmOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(\.helpWithoutAsking)) var yes = false

    /// True with `--yes`; otherwise asks on a terminal; without one, refuses, so a script that forgot
    /// the flag removes nothing. When not granted it says that nothing changed.
    func granted() -> Bool {
        if yes { return true }
        guard isatty(0) == 1 else {
            print(say.cliNoTerminalToAsk)
            print(say.cliNothingChanged)
            return false
        }
        print(say.cliGoAhead, terminator: "")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard ["y", "yes", "j", "ja"].contains(answer) else {
            print(say.cliNothingChanged)
            return false
        }
        return true
    }
}
