import Foundation

/// The stappenplan as lines for spreadsheets and scripts (`knooppunt show stappenplan --format tsv|json`).
/// One entry per initiative, in board order (`Section.initiativesInBoardOrder`).
public enum StappenplanExport {
    /// `title<TAB>step` per line, step `0`…`10`, `afgerond` or `losgelaten`; every line ends in a newline.
    /// Tabs, newlines and other control or direction characters in titles become spaces, so that one
    /// initiative is always exactly one line of exactly two fields.
    public static func tsv(_ section: Section) -> String {
        section.initiativesInBoardOrder.map { "\(TextRules.singleLine($0.title))\t\($0.stage.code)\n" }
            .joined()
    }

    /// A JSON array of `{"id", "title", "step", "stepName"}` in board order, pretty-printed with sorted keys.
    /// Titles are cleaned as in `tsv` so that printing the JSON cannot disturb a terminal.
    public static func json(_ section: Section) -> String {
        let rows = section.initiativesInBoardOrder.map {
            Row(
                id: $0.id, title: TextRules.singleLine($0.title), step: $0.stage.code,
                stepName: StepNames.dutch($0.stage))
        }
        return ExportJSON.encode(rows)
    }

    struct Row: Encodable {
        var id: UUID
        var title: String
        var step: String
        var stepName: String
    }
}

/// Shared JSON settings of the exports: the store's style (pretty, sorted keys), with a final newline.
enum ExportJSON {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding arrays of plain structs of strings and numbers cannot fail; "[]" is only a fallback.
        guard let data = try? encoder.encode(value) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
