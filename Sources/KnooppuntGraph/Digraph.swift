/// A directed graph on nodes 0..<n, the input of every metric and layout. Pure values, no I/O.
public struct Digraph: Hashable, Sendable {
    public private(set) var nodeCount: Int
    /// Out-neighbours per node, sorted, without duplicates or self-loops.
    public private(set) var successors: [[Int]]
    /// In-neighbours per node, sorted.
    public private(set) var predecessors: [[Int]]

    public init(nodeCount: Int, edges: [(Int, Int)]) {
        self.nodeCount = nodeCount
        var out = Array(repeating: Set<Int>(), count: nodeCount)
        var inn = Array(repeating: Set<Int>(), count: nodeCount)
        for (a, b) in edges where a != b && a >= 0 && b >= 0 && a < nodeCount && b < nodeCount {
            out[a].insert(b)
            inn[b].insert(a)
        }
        successors = out.map { $0.sorted() }
        predecessors = inn.map { $0.sorted() }
    }

    public var edgeCount: Int { successors.reduce(0) { $0 + $1.count } }

    public func hasEdge(_ a: Int, _ b: Int) -> Bool {
        successors[a].contains(b)
    }
}
