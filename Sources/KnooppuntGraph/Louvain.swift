/// Subgroups (subgroepen) by the Louvain method (Blondel et al. 2008): move single people to the group
/// of a neighbour while that raises modularity, then merge each group into one node and repeat, until no
/// move helps. Node order is shuffled with a fixed seed, so the same graph always gives the same groups.
///
/// Modularity follows the graph type, as in NetworkX: for directed ties the Leicht–Newman directed
/// modularity Q = (1/m) Σ_ij [A_ij − k_i^out k_j^in / m] δ(c_i, c_j) that
/// `networkx.community.louvain_communities` and `networkx.community.modularity` use on a DiGraph; for the
/// undirected view Newman's modularity, as NetworkX computes on a Graph. (Undirected modularity is the
/// directed one of the graph with every link in both directions, so one implementation serves both.)
/// A graph without ties has modularity 0 and everyone in a group of their own (NetworkX divides by zero).
public enum Louvain {
    /// Communities as node lists (members ascending; largest first, equal sizes by smallest member).
    /// Everyone belongs to exactly one community; a person without ties is a community of one.
    ///
    /// Louvain's result depends on the visiting order, so `trials` orders (all derived from `seed`) are
    /// tried and the partition with the highest modularity is kept; the first wins a tie. By default a
    /// small network (a section, a school team: up to 60 people) gets 64 orders, since one unlucky order
    /// can miss the best grouping of a dozen people by a wide margin and 64 runs still take well under a
    /// millisecond; larger networks get 4.
    public static func communities(
        _ graph: Digraph, directed: Bool = true, seed: UInt64 = 42, trials: Int? = nil
    ) -> [[Int]] {
        let trials = trials ?? (graph.nodeCount <= 60 ? 64 : 4)
        let level = WeightedLevel(directed ? graph : graph.symmetrised)
        var random = SeededRandom(seed: seed)
        var best: [Int]? = nil
        var bestQuality = -Double.infinity
        for _ in 0..<max(1, trials) {
            var trialRandom = SeededRandom(seed: random.next())
            let membership = refined(run(level, random: &trialRandom), on: level, random: &trialRandom)
            let quality = level.modularity(membership)
            if quality > bestQuality + 1e-12 {
                best = membership
                bestQuality = quality
            }
        }
        return groups(from: best ?? Array(0..<graph.nodeCount))
    }

    /// Modularity of `communities` at resolution 1: directed (Leicht–Newman) or, with `directed: false`,
    /// Newman's on the undirected view, Q = Σ_c [ L_c / m − (d_c / 2m)² ].
    public static func modularity(_ graph: Digraph, directed: Bool = true, communities: [[Int]]) -> Double {
        var membership = [Int](repeating: -1, count: graph.nodeCount)
        for (c, members) in communities.enumerated() {
            for v in members { membership[v] = c }
        }
        // Anyone left out counts as a group of their own.
        var next = communities.count
        for v in 0..<graph.nodeCount where membership[v] < 0 {
            membership[v] = next
            next += 1
        }
        return WeightedLevel(directed ? graph : graph.symmetrised).modularity(membership)
    }

    static func groups(from membership: [Int]) -> [[Int]] {
        var byLabel = [Int: [Int]]()
        for (v, c) in membership.enumerated() { byLabel[c, default: []].append(v) }
        return WeakComponents.sortedGroups(Array(byLabel.values))
    }

    /// Louvain never moves a single person again once their group has been merged into a bigger node,
    /// so a person can stay in a group that no longer suits them. Refinement starts the single-person
    /// moves again from the finished grouping, then lets Louvain merge the result further; it stops when
    /// modularity no longer rises. (Iterated Louvain; it never lowers modularity.)
    static func refined(_ start: [Int], on level: WeightedLevel, random: inout SeededRandom) -> [Int] {
        var membership = start
        var quality = level.modularity(membership)
        for _ in 0..<32 {
            let (labels, moved) = level.moveNodes(random: &random, from: membership)
            if !moved { break }
            let (aggregate, toGroup) = level.aggregated(by: labels)
            let merged = run(aggregate, random: &random)
            let candidate = (0..<level.nodeCount).map { merged[toGroup[$0]] }
            let candidateQuality = level.modularity(candidate)
            guard candidateQuality > quality + 1e-12 else { break }
            membership = candidate
            quality = candidateQuality
        }
        return membership
    }

    /// One full Louvain run; returns a community label per original node.
    static func run(_ start: WeightedLevel, random: inout SeededRandom) -> [Int] {
        var level = start
        var membership = Array(0..<start.nodeCount)  // original node → node of the current level
        while true {
            let (labels, moved) = level.moveNodes(random: &random)
            if !moved { break }
            let (aggregate, renumbered) = level.aggregated(by: labels)
            // Moves that only swapped labels leave as many groups as nodes: nothing left to merge.
            if aggregate.nodeCount == level.nodeCount { break }
            for v in 0..<membership.count { membership[v] = renumbered[membership[v]] }
            level = aggregate
            if level.nodeCount <= 1 { break }
        }
        return membership
    }
}

/// A weighted directed graph as Louvain sees it at one level. Moves only need, per pair of distinct
/// nodes, the weight of the ties either way (A_uv + A_vu, kept in a symmetric compressed adjacency),
/// plus per node its out- and in-weight and the weight of the ties already inside it (merged groups).
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
    func aggregated(by labels: [Int]) -> (WeightedLevel, [Int]) {
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
        let level = WeightedLevel(
            nodeCount: count, offsets: offsets, targets: targets, weights: weights, loops: loops,
            outWeight: outWeight, inWeight: inWeight)
        return (level, nodeToGroup)
    }
}
