/// What one format writes for each kind of block of a `ReportDocument`. The walk over the blocks is
/// written once, in `parts(of:)`, so a new kind of block is a compile error in every format until each
/// says how it writes it.
protocol ReportFormat {
    static func heading(_ text: String, level: Int) -> String
    static func paragraph(_ text: String) -> String
    static func remark(_ text: String) -> String
    static func bullets(_ items: [String]) -> String
    static func facts(_ facts: [ReportDocument.Fact]) -> String
    static func table(header: [String], rows: [[String]]) -> String
    /// Nil where the format writes nothing for the picture.
    static func picture(svg: String, caption: String) -> String?
}

extension ReportFormat {
    /// The blocks of `document` in this format, one text per block, in order.
    static func parts(of document: ReportDocument) -> [String] {
        document.blocks.compactMap { block -> String? in
            switch block {
            case .heading(let level, let text): return heading(text, level: level)
            case .paragraph(let text): return paragraph(text)
            case .remark(let text): return remark(text)
            case .bullets(let items): return bullets(items)
            case .facts(let facts): return self.facts(facts)
            case .table(let header, let rows): return table(header: header, rows: rows)
            case .picture(let svg, let caption): return picture(svg: svg, caption: caption)
            }
        }
    }
}
