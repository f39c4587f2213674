import KnooppuntGraph

/// An edge list read from CSV, the input of `knooppunt analyse`: one tie per row, UTF-8, a header row
/// naming the columns `source` and `target` in any order, optionally `topic` and `weight`; other
/// columns are ignored. Fields follow RFC 4180 (quotes, doubled quotes inside, line breaks inside
/// quotes); a UTF-8 byte order mark and CRLF line ends are allowed; blank lines are skipped.
///
/// Column names are matched ignoring case and surrounding spaces. Names are the node identifiers,
/// compared exactly after trimming spaces and tabs around them; nodes are numbered in the order names
/// first appear. Rows are numbered as a spreadsheet shows them: the header is row 1, so the first tie
/// is row 2; a skipped blank line still counts as a row, a line break inside quotes does not start one.
///
/// Refused, with the row and the problem, because guessing would silently change the network:
/// a missing `source` or `target` column, a column named twice, an empty source or target (an edge list
/// cannot say "this person has no ties"; such a row is an error, not an isolate), a self-tie (nobody
/// chooses themselves), a weight that is not a positive finite number, a row with more or fewer fields
/// than the header, a quote in the middle of an unquoted field, an unclosed quote, bytes that are not
/// UTF-8. An empty `weight` field means 1; an empty `topic` means "no topic".
/// Weights are kept but the metrics count ties, not weights.
public struct EdgeList: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var source: Int
        public var target: Int
        public var topic: String?
        public var weight: Double
        /// Row number in the file, the header being row 1.
        public var rowNumber: Int
    }

    /// Node names in order of first appearance.
    public var names: [String]
    public var rows: [Row]
    public var hasTopicColumn: Bool
    public var hasWeightColumn: Bool

    /// Topics in order of first appearance.
    public var topics: [String] {
        var seen = Set<String>()
        return rows.compactMap { row in
            guard let topic = row.topic, seen.insert(topic).inserted else { return nil }
            return topic
        }
    }

    /// The network of all rows, or of the rows of one topic. Everyone in the file stays a node, so a
    /// person who only appears under other topics is an isolate in this topic.
    public func graph(topic: String? = nil) -> LabelledGraph {
        let chosen = rows.filter { topic == nil || $0.topic == topic }
        return LabelledGraph(
            names: names, graph: Digraph(nodeCount: names.count, edges: chosen.map { ($0.source, $0.target) })
        )
    }

    public init(csv bytes: some Collection<UInt8>) throws(EdgeListError) {
        var records = try CSVRecords.parse(Array(bytes))
        guard let header = records.first else {
            throw EdgeListError(
                row: nil, problem: "the file is empty; the first row must be a header with source and target")
        }
        records.removeFirst()
        let columns = try header.fields.map { field throws(EdgeListError) in
            try Self.text(field, row: 1).trimmingSpaces.lowercased()
        }
        var column = [String: Int]()
        for (i, name) in columns.enumerated() where !name.isEmpty {
            if column[name] != nil {
                throw EdgeListError(row: 1, problem: "the header names the column '\(name)' twice")
            }
            column[name] = i
        }
        guard let sourceColumn = column["source"] else {
            throw EdgeListError(
                row: 1, problem: "the header has no 'source' column (it needs source and target)")
        }
        guard let targetColumn = column["target"] else {
            throw EdgeListError(
                row: 1, problem: "the header has no 'target' column (it needs source and target)")
        }
        let topicColumn = column["topic"]
        let weightColumn = column["weight"]

        var names: [String] = []
        var index = [String: Int]()
        var rows: [Row] = []
        for record in records {
            let row = record.row
            if record.fields.count == 1 && record.fields[0].isEmpty && !record.quoted { continue }  // blank line
            guard record.fields.count == columns.count else {
                throw EdgeListError(
                    row: row,
                    problem:
                        "has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") but the header has \(columns.count)"
                )
            }
            let source = try Self.text(record.fields[sourceColumn], row: row).trimmingSpaces
            let target = try Self.text(record.fields[targetColumn], row: row).trimmingSpaces
            guard !source.isEmpty else { throw EdgeListError(row: row, problem: "the source is empty") }
            guard !target.isEmpty else { throw EdgeListError(row: row, problem: "the target is empty") }
            guard source != target else {
                throw EdgeListError(
                    row: row, problem: "'\(source)' is tied to themselves (source and target are equal)")
            }
            var topic: String? = nil
            if let topicColumn {
                let text = try Self.text(record.fields[topicColumn], row: row).trimmingSpaces
                topic = text.isEmpty ? nil : text
            }
            var weight = 1.0
            if let weightColumn {
                let text = try Self.text(record.fields[weightColumn], row: row).trimmingSpaces
                if !text.isEmpty {
                    guard let value = Double(text), value.isFinite, value > 0 else {
                        throw EdgeListError(
                            row: row, problem: "the weight '\(text)' is not a positive number")
                    }
                    weight = value
                }
            }
            // Validate every field, also ignored ones, so invalid UTF-8 anywhere is reported.
            for field in record.fields { _ = try Self.text(field, row: row) }
            func id(_ name: String) -> Int {
                if let i = index[name] { return i }
                names.append(name)
                index[name] = names.count - 1
                return names.count - 1
            }
            let a = id(source)
            let b = id(target)
            rows.append(Row(source: a, target: b, topic: topic, weight: weight, rowNumber: row))
        }
        self.names = names
        self.rows = rows
        self.hasTopicColumn = topicColumn != nil
        self.hasWeightColumn = weightColumn != nil
    }

    static func text(_ bytes: [UInt8], row: Int) throws(EdgeListError) -> String {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error:
                throw EdgeListError(
                    row: row, problem: "contains bytes that are not UTF-8 (save the file as UTF-8)")
            }
        }
    }
}

extension String {
    /// Without spaces and tabs at either end (names in CSV files often carry them after a comma).
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
