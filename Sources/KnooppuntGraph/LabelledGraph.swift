/// A digraph whose nodes carry names (people in a sociogram, identifiers in an edge-list file).
/// Node `i` is `names[i]`; names are unique.
public struct LabelledGraph: Hashable, Sendable {
    public var names: [String]
    public var graph: Digraph

    public init(names: [String], graph: Digraph) {
        precondition(names.count == graph.nodeCount, "one name per node")
        self.names = names
        self.graph = graph
    }

    /// Builds the graph from ties between names; nodes are `names` followed by any further names in
    /// the order they first appear in `ties`.
    public init(names: [String] = [], ties: [(String, String)]) {
        var all = names
        var index = [String: Int]()
        for (i, name) in names.enumerated() where index[name] == nil { index[name] = i }
        func id(_ name: String) -> Int {
            if let i = index[name] { return i }
            all.append(name)
            index[name] = all.count - 1
            return all.count - 1
        }
        let edges = ties.map { (id($0.0), id($0.1)) }
        self.names = all
        self.graph = Digraph(nodeCount: all.count, edges: edges)
    }

    public func index(of name: String) -> Int? {
        names.firstIndex(of: name)
    }
}
