/// Shortest-path distances of the undirected view, all pairs, in one flat row-major array: the input
/// of the stress layout. One flat array instead of an array of rows keeps the rows next to each other
/// in memory, which the layout's inner loop walks thousands of times.
struct GraphDistances {
    let count: Int
    /// `values[i * count + j]`: number of ties on a shortest path between i and j; pairs without a path
    /// get `unreachable`.
    var values: [Double]
    /// The largest finite distance (at least 1).
    let longest: Double

    /// Breadth-first search from every node. Pairs without a path get the largest finite distance plus
    /// one, so that components and isolates sit apart but near (what `extend` relies on).
    init(_ graph: Digraph) {
        let n = graph.nodeCount
        let adjacency = UndirectedAdjacency(graph)
        var values = [Double](repeating: -1, count: n * n)
        var longest = 1.0
        var queue = [Int](repeating: 0, count: max(1, n))
        values.withUnsafeMutableBufferPointer { d in
            for s in 0..<n {
                let row = s * n
                d[row + s] = 0
                queue[0] = s
                var head = 0, tail = 1
                while head < tail {
                    let v = queue[head]
                    head += 1
                    let next = d[row + v] + 1
                    for e in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                        let w = adjacency.targets[e]
                        if d[row + w] < 0 {
                            d[row + w] = next
                            longest = max(longest, next)
                            queue[tail] = w
                            tail += 1
                        }
                    }
                }
            }
            for k in 0..<(n * n) where d[k] < 0 { d[k] = longest + 1 }
        }
        self.count = n
        self.values = values
        self.longest = longest
    }

    subscript(i: Int, j: Int) -> Double { values[i * count + j] }
}

/// The undirected neighbours of every node in compressed form (offsets into one targets array).
struct UndirectedAdjacency {
    var offsets: [Int]
    var targets: [Int]

    init(_ graph: Digraph) {
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int] = []
        targets.reserveCapacity(2 * graph.edgeCount)
        for v in 0..<n {
            targets.append(contentsOf: Digraph.mergeSorted(graph.successors[v], graph.predecessors[v]))
            offsets[v + 1] = targets.count
        }
        self.offsets = offsets
        self.targets = targets
    }

    func neighbours(_ v: Int) -> ArraySlice<Int> { targets[offsets[v]..<offsets[v + 1]] }

    /// Connected components (of the undirected view), each sorted, in order of their smallest node.
    func components() -> [[Int]] {
        let n = offsets.count - 1
        var component = [Int](repeating: -1, count: n)
        var result: [[Int]] = []
        for s in 0..<n where component[s] < 0 {
            var list = [s]
            component[s] = result.count
            var head = 0
            while head < list.count {
                let v = list[head]
                head += 1
                for w in neighbours(v) where component[w] < 0 {
                    component[w] = result.count
                    list.append(w)
                }
            }
            result.append(list.sorted())
        }
        return result
    }
}
