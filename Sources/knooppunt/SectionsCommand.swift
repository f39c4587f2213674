import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt sections [--json]`: the sections of the data directory.
struct SectionsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("sections", \.helpSections, discussion: \.helpSectionsDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(\.helpSectionsJson)) var json = false

    struct Unreadable: Encodable {
        var slug: String
        var error: String
    }

    struct Listing: Encodable {
        var sections: [SectionSummary]
        var unreadable: [Unreadable]
    }

    func run() throws {
        let store = try global.openStore()
        var readable: [SectionSummary] = []
        var unreadable: [Unreadable] = []
        for entry in store.list() {
            switch entry {
            case .readable(var summary):
                // Names are printed, also as JSON: no control or direction character reaches the terminal.
                summary.name = TextRules.singleLine(summary.name)
                readable.append(summary)
            case .unreadable(let slug, let error):
                // In the command's language, like every other store error it prints.
                unreadable.append(
                    Unreadable(slug: slug, error: error.text(english: CommandText.language == .en)))
            }
        }

        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(Listing(sections: readable, unreadable: unreadable))
            CommandSupport.emit(String(decoding: data, as: UTF8.self) + "\n")
        } else if readable.isEmpty && unreadable.isEmpty {
            CommandSupport.emit(say.cliNoSections(folder: store.directory.path) + "\n")
        } else {
            CommandSupport.emit(Self.table(readable))
        }
        for entry in unreadable { CommandSupport.printError(entry.error) }
        if !unreadable.isEmpty { throw ExitCode.failure }
    }

    /// Columns padded by display width (names are shown cleaned and cut at 40 characters).
    static func table(_ rows: [SectionSummary]) -> String {
        let header = say.sectionsHeader
        let body = rows.map {
            [
                $0.slug, CommandSupport.shown($0.name, limit: 40), String($0.people), String($0.initiatives),
                String($0.meetings),
            ]
        }
        let all = [header] + body
        let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        return all.map { row in
            row.enumerated().map { column, text in
                column == row.count - 1
                    ? text
                    : text + String(repeating: " ", count: widths[column] - DisplayWidth.of(text) + 2)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }
}
