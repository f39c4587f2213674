import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel
import KnooppuntUI

/// The options every `knooppunt export` command shares: which section, where the result goes, which
/// language, and pseudonyms instead of names.
struct ExportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The section's slug or name (see `knooppunt sections`).", valueName: "slug"))
    var section: String

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(
            "Write to this file (replaced whole, never half-written) instead of standard output.",
            valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Language of the text: nl or en (default: from LANG, else nl).", valueName: "nl|en"))
    var lang: String?

    @Flag(help: "Give every person a stable pseudonym instead of their name.")
    var pseudonyms = false

    func check() throws {
        if let lang, ExportLanguage(rawValue: lang.lowercased()) == nil {
            throw CommandFailure("--lang takes nl or en, not “\(CommandSupport.shown(lang))”.")
        }
        if let output, output.allSatisfy(\.isWhitespace) {
            throw CommandFailure(
                "-o was given an empty file name; name a file, or leave -o out to print the export.")
        }
    }

    var language: ExportLanguage {
        CommandSupport.language(lang) == .en ? .en : .nl
    }

    func names(for section: Section) -> ExportNames {
        ExportNames(section: section, pseudonyms: pseudonyms, language: language)
    }

    /// Checks a `--format` value against what the subject has, before any file is touched.
    static func format<F: RawRepresentable & CaseIterable>(_ text: String, as: F.Type, subject: String) throws
        -> F
    where F.RawValue == String {
        if let format = F(rawValue: text.lowercased()) { return format }
        let names = F.allCases.map(\.rawValue)
        let list =
            names.dropLast().joined(separator: ", ") + (names.count > 1 ? " or " : "") + (names.last ?? "")
        throw CommandFailure(
            "The \(subject) can be exported as \(list), not “\(CommandSupport.shown(text))”.")
    }

    /// The meeting with this number, or one sentence listing the numbers there are.
    static func meeting(_ number: Int, in section: Section, given: String) throws -> Meeting {
        if let meeting = section.meeting(number: number) { return meeting }
        let numbers = section.meetingsInOrder.map { String($0.number) }.joined(separator: ", ")
        throw CommandFailure(
            "Section “\(CommandSupport.shown(given))” has no meeting \(number)"
                + (numbers.isEmpty ? "; it has no meetings yet." : "; it has \(numbers)."))
    }

    /// Writes the export: to standard output, or atomically to the `-o` file (relative to the current
    /// folder), whose folder must exist.
    func deliver(_ text: String) throws {
        guard let output else {
            CommandSupport.emit(text)
            return
        }
        let url = URL(fileURLWithPath: output).standardizedFileURL
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw CommandFailure(
                "\(CommandSupport.shown(output)) is a folder; give -o a file name inside it.")
        }
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue
        else {
            throw CommandFailure(
                "The folder \(CommandSupport.shown(folder.path)) does not exist; create it first or choose another -o."
            )
        }
        do {
            try DurableWrite.replace(Data(text.utf8), at: url)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
