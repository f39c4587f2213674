import Foundation
import KnooppuntModel
import KnooppuntUI
import KnooppuntWords

/// The command line's language and its words. The language is fixed before the command runs (see
/// `Knooppunt.main`) so that every sentence, also one thrown while the options are read, is in it.
enum CommandText {
    nonisolated(unsafe) static var language = Language.from(environment: ProcessInfo.processInfo.environment)

    static var words: Words { language.words }

    /// The words of a language the interface chose, for what the interface shows of a command's work.
    static func words(for language: Language) -> Words { language.words }
}

/// The words of this command's language: `say.cliNoPerson(query:section:)`.
var say: Words { CommandText.words }
