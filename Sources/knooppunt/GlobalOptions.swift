import ArgumentParser
import KnooppuntUI

/// Options every command takes: where the sections are, and the language it speaks.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(\.helpGlobalDataDir, valueName: "dir"))
    var dataDir: String?

    @Option(help: ArgumentHelp(\.helpGlobalLang, valueName: "nl|en")) var lang: String?

    /// `--data-dir "$DIR"` with DIR unset arrives as an empty text; quietly falling back to the default
    /// folder would write the user's sections somewhere they did not ask for.
    func validate() throws {
        if let dataDir, dataDir.allSatisfy(\.isWhitespace) {
            throw CommandFailure(say.cliDataDirEmpty)
        }
        if let lang {
            guard Language(rawValue: lang.lowercased()) != nil else {
                throw CommandFailure(say.cliLangRefused(given: CommandSupport.shown(lang)))
            }
            // What the options say wins over the early look at the command line in `Knooppunt.main`.
            CommandText.language = language
        }
    }

    /// The language of this command's words (see `CommandSupport.language`).
    var language: Language { CommandSupport.language(lang) }
}
