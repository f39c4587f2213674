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
        // The reverse adjacency finds each node's predecessors on the way back.
        var backOffsets = offsets
        var backTargets = targets
        if directed {
            backTargets.removeAll(keepingCapacity: true)
            for v in 0..<n {
                backTargets.append(contentsOf: graph.predecessors[v])
                backOffsets[v + 1] = backTargets.count
            }
        }

        // Raw pointers for the hot loops: captured Swift arrays would pay for bounds and exclusivity
        // checks on every step, which made this twice as slow as igraph's C.
        let sigma = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let delta = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let distance = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)  // nodes as BFS settled them
        defer {
            sigma.deallocate()
            delta.deallocate()
            distance.deallocate()
            order.deallocate()
        }
        sigma.initialize(repeating: 0)
        delta.initialize(repeating: 0)
        distance.initialize(repeating: -1)
        order.initialize(repeating: 0)
        let adj = targets.map { Int32($0) }
        let back = backTargets.map { Int32($0) }
        adj.withUnsafeBufferPointer { adj in
            offsets.withUnsafeBufferPointer { off in
                back.withUnsafeBufferPointer { back in
                    backOffsets.withUnsafeBufferPointer { backOff in
                        result.withUnsafeMutableBufferPointer { result in
                            for s in 0..<n {
                                accumulate(
                                    from: s, adj: adj, off: off, back: back, backOff: backOff, sigma: sigma,
                                    delta: delta, distance: distance, order: order, result: result)
                            }
                        }
                    }
                }
            }
        }
        let scale = 1.0 / (Double(n - 1) * Double(n - 2))
        for v in 0..<n { result[v] *= scale }
        return result
    }

    /// One source of Brandes' algorithm: BFS counting shortest paths (sigma), then dependencies (delta)
    /// accumulated from the farthest node back; predecessors are found again from the reverse adjacency
    /// (neighbours one step closer) instead of being stored per source.
    @inline(__always)
    private static func accumulate(
        from s: Int, adj: UnsafeBufferPointer<Int32>, off: UnsafeBufferPointer<Int>, back: UnsafeBufferPointer<Int32>,
        backOff: UnsafeBufferPointer<Int>, sigma: UnsafeMutableBufferPointer<Double>,
        delta: UnsafeMutableBufferPointer<Double>, distance: UnsafeMutableBufferPointer<Int32>,
        order: UnsafeMutableBufferPointer<Int32>, result: UnsafeMutableBufferPointer<Double>
    ) {
        sigma[s] = 1
        distance[s] = 0
        order[0] = Int32(s)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let dv = distance[v]
            let sv = sigma[v]
            for e in off[v]..<off[v + 1] {
                let w = Int(adj[e])
                if distance[w] < 0 {
                    distance[w] = dv + 1
                    order[tail] = Int32(w)
                    tail += 1
                }
                if distance[w] == dv + 1 { sigma[w] += sv }
            }
        }
        var k = tail - 1
        while k > 0 {
            let w = Int(order[k])
            let coefficient = (1 + delta[w]) / sigma[w]
            let closer = distance[w] - 1
            for e in backOff[w]..<backOff[w + 1] {
                let v = Int(back[e])
                if distance[v] == closer { delta[v] += sigma[v] * coefficient }
            }
            result[w] += delta[w]
            k -= 1
        }
        // Reset only what this source touched, so sparse and split graphs stay cheap.
        for i in 0..<tail {
            let v = Int(order[i])
            sigma[v] = 0
            delta[v] = 0
            distance[v] = -1
        }
    }
}
