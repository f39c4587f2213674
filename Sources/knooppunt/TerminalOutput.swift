import Foundation
import KnooppuntModel

/// The one way text leaves this program for a terminal. Section files, CSV files and arguments are
/// data written by someone else; a date or a name holding an escape sequence must not retitle the
/// window, clear the screen or reverse the line around it. Everything written here passes
/// `TerminalSafe.cleanLines`, the cleaning the interface uses for its cells: line breaks and tabs stay
/// (they are the output's structure), every other control or direction character becomes U+FFFD.
enum TerminalOutput {
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalSafe.cleanLines(text).utf8))
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(TerminalSafe.cleanLines(text).utf8))
    }
}

/// Every `print` in this executable writes through `TerminalOutput`: this declaration shadows the
/// standard library's within the module, so a command that prints with `print` cannot bypass the
/// cleaning, whoever writes it.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    TerminalOutput.standardOutput(items.map { "\($0)" }.joined(separator: separator) + terminator)
}
