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

        var sigma = [Double](repeating: 0, count: n)
        var distance = [Int](repeating: -1, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)  // nodes in the order BFS settled them
        targets.withUnsafeBufferPointer { adj in
          offsets.withUnsafeBufferPointer { off in
            backTargets.withUnsafeBufferPointer { back in
              backOffsets.withUnsafeBufferPointer { backOff in
                for s in 0..<n {
                    for i in 0..<n {
                        sigma[i] = 0
                        distance[i] = -1
                        delta[i] = 0
                    }
                    sigma[s] = 1
                    distance[s] = 0
                    order[0] = s
                    var head = 0
                    var tail = 1
                    while head < tail {
                        let v = order[head]
                        head += 1
                        let dv = distance[v]
                        for e in off[v]..<off[v + 1] {
                            let w = adj[e]
                            if distance[w] < 0 {
                                distance[w] = dv + 1
                                order[tail] = w
                                tail += 1
                            }
                            if distance[w] == dv + 1 { sigma[w] += sigma[v] }
                        }
                    }
                    // Walk back from the farthest node; predecessors are the neighbours one step closer,
                    // found again from the adjacency instead of being stored per source.
                    var k = tail - 1
                    while k > 0 {
                        let w = order[k]
                        let coefficient = (1 + delta[w]) / sigma[w]
                        let dw = distance[w]
                        for e in backOff[w]..<backOff[w + 1] {
                            let v = back[e]
                            if distance[v] == dw - 1 { delta[v] += sigma[v] * coefficient }
                        }
                        result[w] += delta[w]
                        k -= 1
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
}
