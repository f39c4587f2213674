import KnooppuntGraph

/// An edge list read from CSV, the input of `knooppunt analyse`: one tie per row, a header row naming
/// the source and target columns in any order, optionally a topic and a weight column; other columns
/// are ignored. The file is read by `CSVReader`, so it may be anything `knooppunt import survey` reads:
/// a byte order mark, `;` or tabs, UTF-16, Windows-1252, quoted fields over several lines.
///
/// Column names are matched ignoring case and surrounding spaces, in English or Dutch, because the
/// teachers who make these files in a spreadsheet write Dutch headers: `source`/`bron`/`van`,
/// `target`/`doel`/`naar`, `topic`/`onderwerp`, `weight`/`gewicht`. Names are the node identifiers,
/// compared exactly after trimming spaces and tabs around them; nodes are numbered in the order names
/// first appear. Lines are physical lines: the header is line 1, a skipped blank line counts, and a
/// quoted name over two lines moves every later line number on by one.
///
/// Refused, with the line and the problem, because guessing would silently change the network:
/// a missing source or target column, a column named twice (also `source` beside `bron`), an empty
/// source or target (an edge list cannot say "this person has no ties"; such a row is an error, not an
/// isolate), a self-tie (nobody chooses themselves), a weight that is not a positive finite number, a row
/// with more or fewer fields than the header, and whatever `CSVReader` refuses. An empty weight means 1;
/// an empty topic means "no topic". Weights are kept but the metrics count ties, not weights.
public struct EdgeList: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var source: Int
        public var target: Int
        public var topic: String?
        public var weight: Double
        /// The physical line of the row in the file, the header being line 1.
        public var line: Int
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

    /// The header words for each column, English first.
    static let sourceNames = ["source", "bron", "van"]
    static let targetNames = ["target", "doel", "naar"]
    static let topicNames = ["topic", "onderwerp"]
    static let weightNames = ["weight", "gewicht"]

    public init(csv bytes: some Collection<UInt8>) throws(CSVError) {
        try self.init(CSVReader(bytes: bytes))
    }

    public init(_ table: CSVReader) throws(CSVError) {
        guard let header = table.records.first else {
            throw CSVError(line: nil, fault: .emptyEdgeList)
        }
        let columns = header.fields.map { $0.trimmingSpaces.lowercased() }
        var seen = Set<String>()
        for name in columns where !name.isEmpty {
            guard seen.insert(name).inserted else {
                throw CSVError(line: header.line, fault: .columnTwice(name))
            }
        }
        /// The one column named by any of `words`; two (`source` beside `bron`) would be a guess.
        func column(_ words: [String]) throws(CSVError) -> Int? {
            let found = columns.indices.filter { words.contains(columns[$0]) }
            if found.count > 1 {
                throw CSVError(
                    line: header.line, fault: .roleColumnTwice(role: words, named: found.map { columns[$0] }))
            }
            return found.first
        }
        guard let sourceColumn = try column(Self.sourceNames) else {
            throw CSVError(line: header.line, fault: .noSourceColumn)
        }
        guard let targetColumn = try column(Self.targetNames) else {
            throw CSVError(line: header.line, fault: .noTargetColumn)
        }
        let topicColumn = try column(Self.topicNames)
        let weightColumn = try column(Self.weightNames)

        var names: [String] = []
        var index = [String: Int]()
        var rows: [Row] = []
        for record in table.records.dropFirst() {
            let line = record.line
            guard record.fields.count == columns.count else {
                let count = record.fields.count
                throw CSVError(line: line, fault: .fieldCount(found: count, header: columns.count))
            }
            let source = record.fields[sourceColumn].trimmingSpaces
            let target = record.fields[targetColumn].trimmingSpaces
            guard !source.isEmpty else { throw CSVError(line: line, fault: .emptySource) }
            guard !target.isEmpty else { throw CSVError(line: line, fault: .emptyTarget) }
            guard source != target else {
                throw CSVError(line: line, fault: .tiedToThemselves(source))
            }
            var topic: String? = nil
            if let topicColumn {
                let text = record.fields[topicColumn].trimmingSpaces
                topic = text.isEmpty ? nil : text
            }
            var weight = 1.0
            if let weightColumn {
                let text = record.fields[weightColumn].trimmingSpaces
                if !text.isEmpty {
                    guard let value = Double(text), value.isFinite, value > 0 else {
                        throw CSVError(line: line, fault: .badWeight(text))
                    }
                    weight = value
                }
            }
            func id(_ name: String) -> Int {
                if let i = index[name] { return i }
                names.append(name)
                index[name] = names.count - 1
                return names.count - 1
            }
            let a = id(source)
            let b = id(target)
            rows.append(Row(source: a, target: b, topic: topic, weight: weight, line: line))
        }
        self.names = names
        self.rows = rows
        self.hasTopicColumn = topicColumn != nil
        self.hasWeightColumn = weightColumn != nil
    }
}

extension String {
    /// Without spaces and tabs at either end (names in CSV files often carry them after a comma).
    fileprivate var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
