/// A weighted directed graph as Louvain sees it at one level. Moves only need, per pair of distinct
/// nodes, the weight of the ties either way (A_uv + A_vu, kept in a symmetric compressed adjacency),
/// plus per node its out- and in-weight and the weight of the ties already inside it (merged groups).
///
/// The loops run over raw buffers: Louvain at school scale (thousands of people, several orders tried)
/// spends nearly all its time here, and Swift's bounds and exclusivity checks on every step doubled it.
/// Every sum is still taken in the same order as the plain version did, so the groups found are the
/// same to the last bit.
struct WeightedLevel {
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

    /// The first level of `graph`; `directed: false` reads every tie as a link both ways (what
    /// `graph.symmetrised` would give, without building it).
    init(_ graph: Digraph, directed: Bool = true) {
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        targets.reserveCapacity(2 * graph.edgeCount)
        weights.reserveCapacity(2 * graph.edgeCount)
        var outWeight = [Double](repeating: 0, count: n)
        var inWeight = [Double](repeating: 0, count: n)
        for v in 0..<n {
            // The union of both sorted lists, with how many of the two directions each pair has.
            let out = graph.successors[v], inn = graph.predecessors[v]
            var i = 0, j = 0
            while i < out.count || j < inn.count {
                if j == inn.count || (i < out.count && out[i] < inn[j]) {
                    targets.append(out[i])
                    weights.append(directed ? 1 : 2)
                    i += 1
                } else if i == out.count || inn[j] < out[i] {
                    targets.append(inn[j])
                    weights.append(directed ? 1 : 2)
                    j += 1
                } else {
                    targets.append(out[i])
                    weights.append(2)
                    i += 1
                    j += 1
                }
            }
            offsets[v + 1] = targets.count
            let degree = Double(offsets[v + 1] - offsets[v])
            outWeight[v] = directed ? Double(out.count) : degree
            inWeight[v] = directed ? Double(inn.count) : degree
        }
        self.init(
            nodeCount: n, offsets: offsets, targets: targets, weights: weights,
            loops: [Double](repeating: 0, count: n), outWeight: outWeight, inWeight: inWeight)
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
        membership.withUnsafeBufferPointer { membership in
            offsets.withUnsafeBufferPointer { offsets in
                targets.withUnsafeBufferPointer { targets in
                    weights.withUnsafeBufferPointer { weights in
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
                    }
                }
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
        let n = nodeCount
        var order = Array(0..<n)
        order.shuffle(using: &random)
        var movedAny = false
        let total = self.total
        // Scratch: per community, the tie weight from the node being moved, and their sums of out- and
        // in-weight; `touched` lists the communities whose weight is set, to clear only those.
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: 3 * max(1, n))
        let touched = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, n))
        defer {
            scratch.deallocate()
            touched.deallocate()
        }
        scratch.initialize(repeating: 0)
        let weightTo = scratch.baseAddress!
        let totalOut = weightTo + n, totalIn = weightTo + 2 * n
        community.withUnsafeMutableBufferPointer { community in
            offsets.withUnsafeBufferPointer { offsets in
                targets.withUnsafeBufferPointer { targets in
                    weights.withUnsafeBufferPointer { weights in
                        outWeight.withUnsafeBufferPointer { outWeight in
                            inWeight.withUnsafeBufferPointer { inWeight in
                                for v in 0..<n {
                                    totalOut[community[v]] += outWeight[v]
                                    totalIn[community[v]] += inWeight[v]
                                }
                                var moved = true
                                var passes = 0
                                while moved && passes < 1000 {
                                    moved = false
                                    passes += 1
                                    for v in order {
                                        let own = community[v]
                                        let kOut = outWeight[v]
                                        let kIn = inWeight[v]
                                        var touchedCount = 0
                                        for e in offsets[v]..<offsets[v + 1] {
                                            let c = community[targets[e]]
                                            if weightTo[c] == 0 {
                                                touched[touchedCount] = c
                                                touchedCount += 1
                                            }
                                            weightTo[c] += weights[e]
                                        }
                                        totalOut[own] -= kOut
                                        totalIn[own] -= kIn
                                        // Gain of joining c, up to the common factor 1/m:
                                        // w_v,c − (k_v^out · Tot_c^in + k_v^in · Tot_c^out) / m.
                                        var best = own
                                        var bestGain =
                                            weightTo[own] - (kOut * totalIn[own] + kIn * totalOut[own])
                                            / total
                                        for t in 0..<touchedCount {
                                            let c = touched[t]
                                            if c == own { continue }
                                            let gain =
                                                weightTo[c] - (kOut * totalIn[c] + kIn * totalOut[c]) / total
                                            if gain > bestGain + 1e-12 {
                                                best = c
                                                bestGain = gain
                                            }
                                        }
                                        for t in 0..<touchedCount { weightTo[touched[t]] = 0 }
                                        totalOut[best] += kOut
                                        totalIn[best] += kIn
                                        if best != own {
                                            community[v] = best
                                            moved = true
                                            movedAny = true
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (community, movedAny)
    }

    /// Louvain's second phase: one node per community, weights summed. The members of each group are
    /// visited in ascending order and their ties gathered in a dense scratch row, so every sum sees its
    /// terms in the same order as a map per group would, without the hashing.
    func aggregated(by labels: [Int]) -> (WeightedLevel, [Int]) {
        let n = nodeCount
        var renumber = [Int](repeating: -1, count: n)
        var count = 0
        for v in 0..<n where renumber[labels[v]] < 0 {
            renumber[labels[v]] = count
            count += 1
        }
        let nodeToGroup = (0..<n).map { renumber[labels[$0]] }
        // Members per group, ascending (a counting sort).
        var start = [Int](repeating: 0, count: count + 1)
        for v in 0..<n { start[nodeToGroup[v] + 1] += 1 }
        for a in 0..<count { start[a + 1] += start[a] }
        var members = [Int](repeating: 0, count: n)
        var fill = start
        for v in 0..<n {
            members[fill[nodeToGroup[v]]] = v
            fill[nodeToGroup[v]] += 1
        }
        var loops = [Double](repeating: 0, count: count)
        var outWeight = [Double](repeating: 0, count: count)
        var inWeight = [Double](repeating: 0, count: count)
        var offsets = [Int](repeating: 0, count: count + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        targets.reserveCapacity(self.targets.count)
        weights.reserveCapacity(self.targets.count)
        var between = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for a in 0..<count {
            for k in start[a]..<start[a + 1] {
                let v = members[k]
                loops[a] += self.loops[v]
                outWeight[a] += self.outWeight[v]
                inWeight[a] += self.inWeight[v]
                for e in self.offsets[v]..<self.offsets[v + 1] {
                    let b = nodeToGroup[self.targets[e]]
                    if a == b {
                        // Seen from both ends: half each time.
                        loops[a] += self.weights[e] / 2
                    } else {
                        if between[b] == 0 { touched.append(b) }
                        between[b] += self.weights[e]
                    }
                }
            }
            touched.sort()
            for b in touched {
                targets.append(b)
                weights.append(between[b])
                between[b] = 0
            }
            touched.removeAll(keepingCapacity: true)
            offsets[a + 1] = targets.count
        }
        let level = WeightedLevel(
            nodeCount: count, offsets: offsets, targets: targets, weights: weights, loops: loops,
            outWeight: outWeight, inWeight: inWeight)
        return (level, nodeToGroup)
    }
}
