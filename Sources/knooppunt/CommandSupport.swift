import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// A failure told to the user as one sentence. ArgumentParser prints it as "Error: <sentence>" on stderr
/// and exits with status 1; unlike `ValidationError` it adds no usage block, so the sentence stands alone.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ sentence: String) { description = sentence }
}

extension GlobalOptions {
    /// The data directory this command works in (see `DataDirectory.resolve`).
    var dataDirectory: URL {
        DataDirectory.resolve(option: dataDir, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store in the data directory; its errors are already one sentence.
    func openStore() throws -> SectionStore {
        try SectionStore(directory: dataDirectory)
    }

    /// Loads one section by slug; the store's errors (not found, corrupt with line and column) pass as
    /// they are. A text that is no slug is taken as the section's name ("Sectie Engels" finds
    /// sectie-engels), since people type what they see; the slug rules keep that inside the directory.
    func loadSection(_ slug: String) throws -> (SectionStore, StoredSection) {
        let store = try openStore()
        let stored: StoredSection
        if SectionStore.isValidSlug(slug) {
            stored = try store.load(slug)
        } else {
            do {
                stored = try store.load(SectionStore.slug(for: slug))
            } catch StoreError.notFound {
                throw StoreError.notFound(slug: slug)
            }
        }
        // What the load repaired is said, so nobody is surprised by the changes the next save writes.
        for repair in stored.repairs {
            CommandSupport.warn(say.repaired("\(stored.slug).json", repair))
        }
        return (store, stored)
    }
}

enum CommandSupport {
    /// The language of a command's words: `--lang` when given, else English under an English `LANG`,
    /// else Dutch. The one rule for every command that has `--lang`.
    static func language(_ lang: String?) -> Language {
        lang.flatMap { Language(rawValue: $0.lowercased()) }
            ?? Language.from(environment: ProcessInfo.processInfo.environment)
    }

    /// The bytes of a file a command imports, or the one sentence that says it cannot be read.
    static func readInput(_ file: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure(say.cliCannotRead(file: shown(file)))
        }
    }

    /// Refuses an import whose file has problems: one problem is the failure's one line; several are
    /// each written as an error, and the failure counts them.
    static func refuseImport(_ problems: [String]) throws {
        guard let first = problems.first else { return }
        if problems.count == 1 {
            throw CommandFailure(shown(first, limit: 400) + " " + say.cliNothingImported)
        }
        for problem in problems { printError(shown(problem, limit: 400)) }
        throw CommandFailure(say.cliImportProblems(count: problems.count))
    }

    /// User text inside a message or a table: one line, no control or direction characters, at most
    /// `limit` characters, so a name can never disturb the terminal or drown the sentence around it.
    /// The candidates of an ambiguous name, each with initials, so that two people with the same full
    /// name can be told apart: "Jan de Vries (JdV), Jan de Vries (JdV2)".
    static func candidates(_ people: [Person]) -> String {
        people.map { shown($0.name) + " (" + shown($0.initials) + ")" }.joined(separator: ", ")
    }

    static func shown(_ text: String, limit: Int = 80) -> String {
        let line = TextRules.singleLine(text)
        return line.count > limit ? String(line.prefix(limit)) + "…" : line
    }

    /// Writes one line to stderr: "Error: ..." for a fault the command reports and goes on after (as
    /// ArgumentParser writes the fault that ends a command), "Warning: ..." for a notice.
    static func printError(_ sentence: String) {
        TerminalOutput.standardError(say.cliErrorPrefix + sentence + "\n")
    }

    static func warn(_ sentence: String) {
        TerminalOutput.standardError(say.cliWarningPrefix + sentence + "\n")
    }

    /// Writes text to stdout and flushes, so that a reading process sees it at once.
    static func emit(_ text: String) {
        TerminalOutput.standardOutput(text)
    }

    /// A name typed on the command line, checked by `TextRules` and turned into a one-sentence failure.
    static func validName(_ text: String, what: TypedName) throws -> String {
        do {
            return try TextRules.validName(text)
        } catch {
            throw CommandFailure(say.nameRefused(what, reason: error))
        }
    }

    /// A note typed on the command line, checked by `TextRules.validNote`.
    static func validNote(_ text: String) throws -> String {
        do {
            return try TextRules.validNote(text)
        } catch {
            throw CommandFailure(say.noteRefused(error))
        }
    }

    /// "The text is empty" → "the text is empty", to continue a sentence after a colon.
    static func lowercasingFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }
}

extension StepMove: ExpressibleByArgument {}
