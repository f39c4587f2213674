/// A written report (agenda, minutes, jaaragenda, one initiative) as plain blocks, before any format.
/// Every text in it is plain text as the user typed it; only the renderers escape, each for its own
/// format, so no report can forget to escape and no text is escaped twice.
public struct ReportDocument: Hashable, Sendable {
    public enum Block: Hashable, Sendable {
        /// Level 1 is the page title; 2 and 3 are sections.
        case heading(level: Int, text: String)
        case paragraph(String)
        /// A paragraph in a quieter voice ("Niets gepland.").
        case remark(String)
        case bullets([String])
        /// Label and value pairs: date, time, place; owner, goal.
        case facts([Fact])
        case table(header: [String], rows: [[String]])
        /// A picture as SVG, drawn inline in HTML and left out of text formats.
        case picture(svg: String, caption: String)
    }

    public struct Fact: Hashable, Sendable {
        public var label: String
        public var value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    public var title: String
    public var language: ExportLanguage
    public var blocks: [Block]

    public init(title: String, language: ExportLanguage, blocks: [Block] = []) {
        (self.title, self.language, self.blocks) = (title, language, blocks)
    }

    public mutating func add(_ block: Block) { blocks.append(block) }
}

extension ReportDocument {
    /// A report that opens with its title as the page heading, as every report does.
    init(page title: String, language: ExportLanguage) {
        self.init(title: title, language: language, blocks: [.heading(level: 1, text: title)])
    }

    /// The table, or the remark in its place when it would have no rows ("Geen.").
    mutating func addTable(header: [String], rows: [[String]], orRemark remark: String) {
        add(rows.isEmpty ? .remark(remark) : .table(header: header, rows: rows))
    }

    /// The list, or the remark in its place when there is nothing to list.
    mutating func addBullets(_ items: [String], orRemark remark: String) {
        add(items.isEmpty ? .remark(remark) : .bullets(items))
    }
}
