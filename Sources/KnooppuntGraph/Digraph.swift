/// A directed graph on nodes 0..<n, the input of every metric and layout. Pure values, no I/O.
///
/// Ties are unweighted and simple: duplicates and self-loops are dropped on construction, because a
/// sociogram answer "I ask X for advice" is either there or not, and nobody chooses themselves.
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
        Digraph.sortedContains(successors[a], b)
    }

    /// All edges as (source, target) pairs, by source then target.
    public var edges: [(Int, Int)] {
        var result: [(Int, Int)] = []
        result.reserveCapacity(edgeCount)
        for a in 0..<nodeCount {
            for b in successors[a] { result.append((a, b)) }
        }
        return result
    }

    /// Everyone `v` is tied to in either direction, sorted: the neighbours in the undirected view.
    public func neighbours(_ v: Int) -> [Int] {
        Digraph.mergeSorted(successors[v], predecessors[v])
    }

    /// Number of distinct people `v` is tied to in either direction.
    public func neighbourCount(_ v: Int) -> Int {
        neighbours(v).count
    }

    /// True when `a` chose `b` and `b` chose `a`.
    public func isMutual(_ a: Int, _ b: Int) -> Bool {
        hasEdge(a, b) && hasEdge(b, a)
    }

    /// Pairs {a, b} with ties in both directions.
    public var mutualPairCount: Int {
        var count = 0
        for a in 0..<nodeCount {
            for b in successors[a] where b > a && hasEdge(b, a) { count += 1 }
        }
        return count
    }

    /// Pairs {a, b} with a tie in at least one direction: the ties of the undirected view.
    public var undirectedPairCount: Int {
        edgeCount - mutualPairCount
    }

    /// The undirected view as a symmetric digraph: a tie in either direction becomes a tie in both.
    public var symmetrised: Digraph {
        var copy = self
        for v in 0..<nodeCount {
            let all = neighbours(v)
            copy.successors[v] = all
            copy.predecessors[v] = all
        }
        return copy
    }

    /// The same graph with every tie turned around (who was chosen becomes who chose).
    public var reversed: Digraph {
        var copy = self
        copy.successors = predecessors
        copy.predecessors = successors
        return copy
    }

    /// The graph restricted to `keep` (in the given order), renumbered 0..<keep.count.
    public func subgraph(_ keep: [Int]) -> Digraph {
        var index = [Int: Int]()
        for (i, v) in keep.enumerated() { index[v] = i }
        var newEdges: [(Int, Int)] = []
        for v in keep {
            for w in successors[v] {
                if let a = index[v], let b = index[w] { newEdges.append((a, b)) }
            }
        }
        return Digraph(nodeCount: keep.count, edges: newEdges)
    }

    static func sortedContains(_ list: [Int], _ x: Int) -> Bool {
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < x { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] == x
    }

    static func mergeSorted(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                result.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                result.append(b[j]); j += 1
            } else {
                result.append(a[i]); i += 1; j += 1
            }
        }
        return result
    }
}
