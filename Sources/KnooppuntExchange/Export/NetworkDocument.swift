/// A network ready to be written in a graph format: nodes with their place in the picture, a colour and
/// typed attributes, ties with direction and relation letters, and the legend and title of the picture.
/// Built once from the section (`NetworkDocumentBuilder`), so that GEXF, GraphML, DOT, CSV and SVG all
/// show the same people, the same ties and the same attributes.
public struct NetworkDocument: Hashable, Sendable {
    public enum ValueType: String, Hashable, Sendable { case text, integer, number, flag }

    public enum Value: Hashable, Sendable {
        case text(String)
        case integer(Int)
        case number(Double)
        case flag(Bool)

        /// The value as the XML formats write it.
        public var written: String {
            switch self {
            case .text(let s): return s
            case .integer(let i): return String(i)
            case .number(let d): return d.isFinite ? String(d) : "0.0"
            case .flag(let b): return b ? "true" : "false"
            }
        }
    }

    /// The declaration of one attribute: its name in the file and its type, written `.integer("ring")`.
    public struct Key: Hashable, Sendable {
        public var name: String
        public var type: ValueType

        static func text(_ name: String) -> Key { Key(name: name, type: .text) }
        static func integer(_ name: String) -> Key { Key(name: name, type: .integer) }
        static func number(_ name: String) -> Key { Key(name: name, type: .number) }
        static func flag(_ name: String) -> Key { Key(name: name, type: .flag) }
    }

    public struct Colour: Hashable, Sendable {
        public var red: Int, green: Int, blue: Int

        public init(_ red: Int, _ green: Int, _ blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        public var hex: String {
            "#"
                + [red, green, blue].map { v in
                    let s = String(min(max(v, 0), 255), radix: 16)
                    return s.count == 1 ? "0" + s : s
                }.joined()
        }
    }

    public struct Node: Hashable, Sendable {
        public var id: String
        public var label: String
        public var x: Double
        public var y: Double
        public var colour: Colour
        /// Drawn larger: the centre of an ecogram or analysis, a central person in a sociogram.
        public var size: Double
        /// In the order of `nodeKeys`, one per key.
        public var values: [Value]
    }

    public struct Tie: Hashable, Sendable {
        public var from: String
        public var to: String
        /// Both ways: one tie drawn with two arrowheads (an ecogram's mutual contact).
        public var mutual: Bool
        /// The letters written on the tie: relation letters (K G E R), topic letters, positions.
        public var letters: String
        public var weak: Bool
        public var negative: Bool
        public var weight: Double
        public var colour: Colour
        /// In the order of `tieKeys`.
        public var values: [Value]
    }

    public struct LegendEntry: Hashable, Sendable {
        public var colour: Colour
        public var text: String
    }

    public var title: String
    /// A second line: the kind of picture and the measurement date.
    public var subtitle: String
    public var language: ExportLanguage
    public var nodeKeys: [Key]
    public var tieKeys: [Key]
    public var nodes: [Node]
    public var ties: [Tie]
    /// Colours of the nodes and what they mean.
    public var legend: [LegendEntry]
    /// What the letters and line kinds on the ties mean.
    public var tieLegend: [String]
    /// The network's own note, only when private notes were asked for.
    public var note: String
}
