@testable import KnooppuntGraph

// The Louvain level as it was written before it was tuned for speed (Swift arrays, a dictionary per
// group when aggregating), kept here as the reference the tuned `WeightedLevel` must match to the last
// bit: the tuning may change how fast the groups are found, never which groups.
/// The plain first and second phase of Louvain, see `WeightedLevel` for what each field holds.
struct PlainLouvainLevel {
    var nodeCount: Int
    var offsets: [Int]
    var targets: [Int]
    /// A_uv + A_vu for the pair at the same position in `targets`.
    var weights: [Double]
    /// Σ A_ij over the ties inside the node (each directed tie once).
    var loops: [Double]
    var outWeight: [Double]
    var inWeight: [Double]
    /// m: the total weight of all directed ties.
    var total: Double

    init(_ graph: Digraph) {
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        for v in 0..<n {
            for w in graph.neighbours(v) {
                targets.append(w)
                weights.append((graph.hasEdge(v, w) ? 1 : 0) + (graph.hasEdge(w, v) ? 1 : 0))
            }
            offsets[v + 1] = targets.count
        }
        self.init(
            nodeCount: n, offsets: offsets, targets: targets, weights: weights,
            loops: [Double](repeating: 0, count: n), outWeight: graph.successors.map { Double($0.count) },
            inWeight: graph.predecessors.map { Double($0.count) })
    }

    init(
        nodeCount: Int, offsets: [Int], targets: [Int], weights: [Double], loops: [Double],
        outWeight: [Double],
        inWeight: [Double]
    ) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.loops = loops
        self.outWeight = outWeight
        self.inWeight = inWeight
        self.total = outWeight.reduce(0, +)
    }

    func modularity(_ membership: [Int]) -> Double {
        guard total > 0 else { return 0 }
        let labels = (membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: labels)
        var totalOut = [Double](repeating: 0, count: labels)
        var totalIn = [Double](repeating: 0, count: labels)
        for v in 0..<nodeCount {
            let c = membership[v]
            totalOut[c] += outWeight[v]
            totalIn[c] += inWeight[v]
            inside[c] += loops[v]
            // Each pair inside c is seen from both ends; its weight holds both directions.
            for e in offsets[v]..<offsets[v + 1] where membership[targets[e]] == c {
                inside[c] += weights[e] / 2
            }
        }
        var q = 0.0
        for c in 0..<labels {
            q += inside[c] / total - (totalOut[c] / total) * (totalIn[c] / total)
        }
        return q
    }

    /// Louvain's first phase: visit nodes in a shuffled order, move each to the neighbouring community
    /// with the largest modularity gain, repeat until a full pass moves nobody.
    /// `from` starts the moves from an existing grouping (labels below `nodeCount`) instead of everyone
    /// alone.
    func moveNodes(random: inout SeededRandom, from start: [Int]? = nil) -> (labels: [Int], moved: Bool) {
        var community = start ?? Array(0..<nodeCount)
        guard total > 0 else { return (community, false) }
        var totalOut = [Double](repeating: 0, count: nodeCount)
        var totalIn = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            totalOut[community[v]] += outWeight[v]
            totalIn[community[v]] += inWeight[v]
        }
        var order = Array(0..<nodeCount)
        order.shuffle(using: &random)
        var weightTo = [Double](repeating: 0, count: nodeCount)
        var touched: [Int] = []
        var movedAny = false
        var moved = true
        var passes = 0
        while moved && passes < 1000 {
            moved = false
            passes += 1
            for v in order {
                let own = community[v]
                let kOut = outWeight[v]
                let kIn = inWeight[v]
                touched.removeAll(keepingCapacity: true)
                for e in offsets[v]..<offsets[v + 1] {
                    let c = community[targets[e]]
                    if weightTo[c] == 0 { touched.append(c) }
                    weightTo[c] += weights[e]
                }
                totalOut[own] -= kOut
                totalIn[own] -= kIn
                // Gain of joining c, up to the common factor 1/m:
                // w_v,c − (k_v^out · Tot_c^in + k_v^in · Tot_c^out) / m.
                var best = own
                var bestGain = weightTo[own] - (kOut * totalIn[own] + kIn * totalOut[own]) / total
                for c in touched where c != own {
                    let gain = weightTo[c] - (kOut * totalIn[c] + kIn * totalOut[c]) / total
                    if gain > bestGain + 1e-12 {
                        best = c
                        bestGain = gain
                    }
                }
                for c in touched { weightTo[c] = 0 }
                totalOut[best] += kOut
                totalIn[best] += kIn
                if best != own {
                    community[v] = best
                    moved = true
                    movedAny = true
                }
            }
        }
        return (community, movedAny)
    }

    /// Louvain's second phase: one node per community, weights summed.
    func aggregated(by labels: [Int]) -> (PlainLouvainLevel, [Int]) {
        var renumber = [Int](repeating: -1, count: nodeCount)
        var count = 0
        for v in 0..<nodeCount where renumber[labels[v]] < 0 {
            renumber[labels[v]] = count
            count += 1
        }
        let nodeToGroup = (0..<nodeCount).map { renumber[labels[$0]] }
        var loops = [Double](repeating: 0, count: count)
        var outWeight = [Double](repeating: 0, count: count)
        var inWeight = [Double](repeating: 0, count: count)
        var between = [[Int: Double]](repeating: [:], count: count)
        for v in 0..<nodeCount {
            let a = nodeToGroup[v]
            loops[a] += self.loops[v]
            outWeight[a] += self.outWeight[v]
            inWeight[a] += self.inWeight[v]
            for e in offsets[v]..<offsets[v + 1] {
                let b = nodeToGroup[targets[e]]
                if a == b {
                    // Seen from both ends: half each time.
                    loops[a] += weights[e] / 2
                } else {
                    between[a][b, default: 0] += weights[e]
                }
            }
        }
        var offsets = [Int](repeating: 0, count: count + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        for a in 0..<count {
            for b in between[a].keys.sorted() {
                targets.append(b)
                weights.append(between[a][b]!)
            }
            offsets[a + 1] = targets.count
        }
        let level = PlainLouvainLevel(
            nodeCount: count, offsets: offsets, targets: targets, weights: weights, loops: loops,
            outWeight: outWeight, inWeight: inWeight)
        return (level, nodeToGroup)
    }
}
