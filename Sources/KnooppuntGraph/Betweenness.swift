/// Betweenness centrality by Brandes' algorithm (2001) on an unweighted graph: for every person, the
/// share of shortest paths between two others that runs through them. A high value marks someone the
/// section's information has to pass: a bridge (bruggenbouwer) between groups.
///
/// Normalised exactly as `networkx.betweenness_centrality(G, normalized=True)`: the raw sum over all
/// ordered pairs (s, t) with s ≠ v ≠ t is divided by (n−1)(n−2), for directed and undirected graphs alike
/// (for an undirected graph each unordered pair is counted twice in the raw sum, which is what makes the
/// same divisor right). With n ≤ 2 every value is 0.
public enum Betweenness {
    /// - Parameter directed: false walks ties in both directions (the undirected view).
    public static func compute(_ graph: Digraph, directed: Bool = true) -> [Double] {
        let n = graph.nodeCount
        var result = [Double](repeating: 0, count: n)
        guard n > 2 else { return result }

        // Compressed adjacency: one flat array walked by offsets, far kinder to the cache than [[Int]].
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int] = []
        targets.reserveCapacity(graph.edgeCount * (directed ? 1 : 2))
        for v in 0..<n {
            targets.append(contentsOf: directed ? graph.successors[v] : graph.neighbours(v))
            offsets[v + 1] = targets.count
        }
        // Raw pointers for the hot loops: captured Swift arrays would pay for bounds and exclusivity
        // checks on every step, which made this twice as slow as igraph's C.
        let sigma = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let coefficient = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let distance = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)  // nodes as BFS settled them
        // The shortest-path DAG of one source, written while the BFS walks: for the node at BFS position
        // i, its successors one level further are dag[dagStart[i]..<dagStart[i + 1]].
        let dag = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, targets.count))
        let dagStart = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n + 1)
        defer {
            dag.deallocate()
            dagStart.deallocate()
            sigma.deallocate()
            coefficient.deallocate()
            distance.deallocate()
            order.deallocate()
        }
        sigma.initialize(repeating: 0)
        coefficient.initialize(repeating: 0)
        distance.initialize(repeating: -1)
        order.initialize(repeating: 0)
        dag.initialize(repeating: 0)
        dagStart.initialize(repeating: 0)
        let adj = targets.map { Int32($0) }
        adj.withUnsafeBufferPointer { adj in
            offsets.withUnsafeBufferPointer { off in
                result.withUnsafeMutableBufferPointer { result in
                    for s in 0..<n {
                        accumulate(
                            from: s, adj: adj, off: off, sigma: sigma, coefficient: coefficient,
                            distance: distance, order: order, dag: dag, dagStart: dagStart, result: result)
                    }
                }
            }
        }
        let scale = 1.0 / (Double(n - 1) * Double(n - 2))
        for v in 0..<n { result[v] *= scale }
        return result
    }

    /// One source of Brandes' algorithm: BFS counting shortest paths (sigma) and writing down the
    /// shortest-path DAG as it goes, then dependencies accumulated from the farthest node back. Instead
    /// of pushing each node's dependency to its predecessors, every node pulls from its DAG successors
    /// (contiguous, read in order, one write per node):
    /// delta(v) = sigma(v) · Σ_{w one step further} (1 + delta(w)) / sigma(w), that quotient being kept
    /// per node as `coefficient`.
    @inline(__always)
    private static func accumulate(
        from s: Int, adj: UnsafeBufferPointer<Int32>, off: UnsafeBufferPointer<Int>,
        sigma: UnsafeMutableBufferPointer<Double>, coefficient: UnsafeMutableBufferPointer<Double>,
        distance: UnsafeMutableBufferPointer<Int32>, order: UnsafeMutableBufferPointer<Int32>,
        dag: UnsafeMutableBufferPointer<Int32>, dagStart: UnsafeMutableBufferPointer<Int32>,
        result: UnsafeMutableBufferPointer<Double>
    ) {
        sigma[s] = 1
        distance[s] = 0
        order[0] = Int32(s)
        var head = 0
        var tail = 1
        var dagCount = 0
        while head < tail {
            let v = Int(order[head])
            dagStart[head] = Int32(dagCount)
            head += 1
            let next = distance[v] + 1
            let sv = sigma[v]
            for e in off[v]..<off[v + 1] {
                let w = Int(adj[e])
                if distance[w] < 0 {
                    distance[w] = next
                    order[tail] = Int32(w)
                    tail += 1
                }
                if distance[w] == next {
                    sigma[w] += sv
                    dag[dagCount] = Int32(w)
                    dagCount += 1
                }
            }
        }
        dagStart[tail] = Int32(dagCount)
        var k = tail - 1
        while k > 0 {
            let v = Int(order[k])
            var pulled = 0.0
            for e in Int(dagStart[k])..<Int(dagStart[k + 1]) {
                pulled += coefficient[Int(dag[e])]
            }
            let delta = sigma[v] * pulled
            coefficient[v] = (1 + delta) / sigma[v]
            result[v] += delta
            k -= 1
        }
        // Reset only what this source touched, so sparse and split graphs stay cheap.
        for i in 0..<tail {
            let v = Int(order[i])
            sigma[v] = 0
            distance[v] = -1
        }
    }
}
