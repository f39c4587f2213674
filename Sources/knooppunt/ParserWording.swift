import Foundation

/// ArgumentParser words its own refusals in English ("Unknown option '--x'"), while the command line
/// speaks Dutch by default. The refusals it writes while reading the options have a handful of fixed
/// forms; this says those in Dutch and leaves every other text as it is (our own sentences are already
/// in the command's language, and a form ArgumentParser adds later stays readable in English).
enum ParserWording {
    /// One English form and its Dutch wording; `$1`, `$2`… are the form's captured parts.
    private struct Form {
        let english: NSRegularExpression
        let dutch: String

        /// Nil for a pattern that does not compile (fixed text of this file, so the tests would show it);
        /// the refusal then stays in English rather than the program stopping.
        init?(_ pattern: String, _ dutch: String) {
            guard
                let english = try? NSRegularExpression(
                    pattern: "^" + pattern + "$", options: [.dotMatchesLineSeparators])
            else { return nil }
            self.english = english
            self.dutch = dutch
        }
    }

    private static let forms: [Form] = [
        Form(#"Unknown option '(.+?)'\. Did you mean '(.+?)'\?"#, "Onbekende optie '$1'. Bedoel je '$2'?"),
        Form(#"Unknown option '(.+?)'"#, "Onbekende optie '$1'"),
        Form(#"Missing value for '(.+?)'"#, "Bij '$1' hoort een waarde"),
        Form(#"Unexpected argument '(.+?)'"#, "Onverwacht argument '$1'"),
        Form(#"(\d+) unexpected arguments: (.+)"#, "$1 onverwachte argumenten: $2"),
        Form(#"Missing expected argument '(.+?)'"#, "Er ontbreekt nog '$1'"),
        Form(#"Missing one of: (.+)"#, "Er ontbreekt een van: $1"),
        Form(
            #"The value '(.+?)' is invalid for '(.+?)'\. Please provide one of (.+)\."#,
            "De waarde '$1' past niet bij '$2'; kies uit $3."),
        Form(#"The value '(.+?)' is invalid for '(.+?)'(.*)"#, "De waarde '$1' past niet bij '$2'$3"),
        Form(#"Missing required subcommand\."#, "Noem een opdracht."),
    ].compactMap { $0 }

    /// The Dutch wording of one of ArgumentParser's refusals, or `message` unchanged when it is none.
    static func dutch(_ message: String) -> String {
        let whole = NSRange(message.startIndex..., in: message)
        for form in forms {
            guard let match = form.english.firstMatch(in: message, range: whole) else { continue }
            let said = form.english.replacementString(
                for: match, in: message, offset: 0, template: form.dutch)
            // "'a', 'b' or 'c'": the list ArgumentParser builds joins its last item with "or".
            return said.replacingOccurrences(of: "' or '", with: "' of '")
        }
        return message
    }

    /// ArgumentParser's own words in a help text (headings, its `--help` and `--version` lines, defaults),
    /// in Dutch; the rest of the help is already in the command's language (the `help…` keys,
    /// `HelpText.swift`). The headings stand alone at the start of a line; "(default)" beside a command
    /// name gives back the spaces its longer Dutch takes, so the column of abstracts stays straight.
    static func dutchHelp(_ help: String) -> String {
        let headings = [
            ("OVERVIEW:", "OVERZICHT:"), ("USAGE:", "GEBRUIK:"), ("ARGUMENTS:", "ARGUMENTEN:"),
            ("OPTIONS:", "OPTIES:"), ("SUBCOMMANDS:", "OPDRACHTEN:"),
        ]
        let phrases = [
            ("Show the version.", "Toon de versie."), ("Show help information.", "Toon deze hulp."),
            ("(default: ", "(standaard: "), ("  See 'knooppunt help ", "  Zie 'knooppunt help "),
            ("' for detailed help.", "' voor meer hulp."), ("<subcommand>", "<opdracht>"),
        ]
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            for (english, dutch) in headings where line.hasPrefix(english) {
                line = dutch + line.dropFirst(english.count)
            }
            for (english, dutch) in phrases { line = line.replacingOccurrences(of: english, with: dutch) }
            if let range = line.range(of: " (default)   ") {
                line.replaceSubrange(range, with: " (standaard) ")
            }
            return line
        }
        return lines.joined(separator: "\n")
    }
}
