/// A network as spreadsheet tables (RFC 4180, CRLF): the nodes with their attributes and position, the
/// ties with their letters, or the sociomatrix (who chose whom, 1 or 0). Every text cell is neutralised
/// against spreadsheet formulas.
public enum NetworkCSVExport {
    public static func nodes(_ doc: NetworkDocument) -> String {
        var rows = [["id", "label", "x", "y", "colour"] + doc.nodeKeys.map(\.name)]
        for node in doc.nodes {
            rows.append(
                [node.id, node.label, GEXFExport.number(node.x), GEXFExport.number(node.y), node.colour.hex]
                    + node.values.map(cell))
        }
        return table(rows, numeric: [2, 3] + numericColumns(doc.nodeKeys, after: 5))
    }

    public static func ties(_ doc: NetworkDocument) -> String {
        let label = Dictionary(doc.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        var rows = [
            ["source", "target", "source_label", "target_label", "letters", "two_way", "weight"]
                + doc.tieKeys.map(\.name)
        ]
        for tie in doc.ties {
            rows.append(
                [
                    tie.from, tie.to, label[tie.from] ?? "", label[tie.to] ?? "", tie.letters,
                    tie.mutual ? "true" : "false",
                    GEXFExport.number(tie.weight),
                ] + tie.values.map(cell))
        }
        return table(rows, numeric: [6] + numericColumns(doc.tieKeys, after: 7))
    }

    /// Rows choose columns: the cell is 1 when the row's node has a tie to the column's node (both ways
    /// for a mutual line).
    public static func matrix(_ doc: NetworkDocument) -> String {
        var has = Set<[String]>()
        for tie in doc.ties {
            has.insert([tie.from, tie.to])
            if tie.mutual { has.insert([tie.to, tie.from]) }
        }
        var rows = [[""] + doc.nodes.map(\.label)]
        for a in doc.nodes {
            rows.append([a.label] + doc.nodes.map { b in has.contains([a.id, b.id]) ? "1" : "0" })
        }
        return rows.enumerated().map { r, row in
            row.enumerated().map { c, value in r > 0 && c > 0 ? value : FormatEscaping.csvCell(value) }
                .joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }

    static func cell(_ value: NetworkDocument.Value) -> String {
        switch value {
        case .number(let d): return GEXFExport.number(d)
        default: return value.written
        }
    }

    /// The columns of attributes declared as numbers, counted after the `after` fixed columns.
    static func numericColumns(_ keys: [NetworkDocument.Key], after: Int) -> [Int] {
        keys.indices.filter { keys[$0].type == .integer || keys[$0].type == .number }.map { $0 + after }
    }

    /// Cells in the numeric columns are numbers we wrote and stay as they are (a negative figure is no
    /// formula); every other cell is text, whatever it looks like, and is neutralised: a typed "+31 6…"
    /// must reach the spreadsheet as the text it is.
    static func table(_ rows: [[String]], numeric: [Int]) -> String {
        let numbers = Set(numeric)
        return rows.enumerated().map { r, row in
            row.enumerated().map { c, value in
                r > 0 && numbers.contains(c) ? value : FormatEscaping.csvCell(value)
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}
