import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel
import KnooppuntUI

/// The options every `knooppunt export` command shares: which section, where the result goes, which
/// language, and pseudonyms instead of names.
struct ExportOptions: ParsableArguments {
    @OptionGroup var target: SectionOptions

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(
            \.helpExportOutput,
            valueName: "file"))
    var output: String?

    @Flag(help: ArgumentHelp(\.helpExportPseudonyms)) var pseudonyms = false

    func validate() throws {
        if let output, output.allSatisfy(\.isWhitespace) {
            throw CommandFailure(say.cliOutputEmpty)
        }
    }

    /// The section as typed after `--section`, for messages.
    var section: String { target.section }

    var language: ExportLanguage {
        target.global.language == .en ? .en : .nl
    }

    func names(for section: Section) -> ExportNames {
        ExportNames(section: section, pseudonyms: pseudonyms, language: language)
    }

    /// Checks a `--format` value against the forms the subject has, before any file is touched.
    static func format<F: RawRepresentable>(_ text: String, among formats: [F]) throws -> F
    where F.RawValue == String {
        if let format = formats.first(where: { $0.rawValue == text.lowercased() }) { return format }
        throw CommandFailure(say.formatRefused(CommandSupport.shown(text), formats: formats.map(\.rawValue)))
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
            throw CommandFailure(say.cliOutputIsFolder(path: CommandSupport.shown(output)))
        }
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue
        else {
            throw CommandFailure(say.cliFolderMissing(path: CommandSupport.shown(folder.path)))
        }
        do {
            try DurableWrite.replace(Data(text.utf8), at: url)
        } catch {
            throw CommandFailure(error.text(english: say.isEnglish))
        }
    }
}
