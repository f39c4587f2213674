/// Subgroups (subgroepen) by the Louvain method (Blondel et al. 2008): move single people to the group
/// of a neighbour while that raises modularity, then merge each group into one node and repeat, until no
/// move helps. Node order is shuffled with a fixed seed, so the same graph always gives the same groups.
///
/// Groups are found on the undirected view (a tie in either direction joins two people): subgroups in
/// a sociogram are about who is connected with whom, not who chose whom. The modularity reported is
/// therefore Newman's undirected modularity, the figure `networkx.community.modularity` gives for
/// `G.to_undirected()` and the partition. NetworkX's own `louvain_communities` would use Leicht–Newman
/// directed modularity on a DiGraph; our tests compare both on the undirected view.
public enum Louvain {
    /// Communities as node lists (members ascending; largest first, equal sizes by smallest member).
    /// Everyone belongs to exactly one community; a person without ties is a community of one.
    ///
    /// Louvain's result depends on the visiting order, so `trials` orders (all derived from `seed`) are
    /// tried and the partition with the highest modularity is kept; the first wins a tie.
    public static func communities(_ graph: Digraph, seed: UInt64 = 42, trials: Int = 4) -> [[Int]] {
        let level = WeightedLevel(undirectedViewOf: graph)
        var random = SeededRandom(seed: seed)
        var best: [Int]? = nil
        var bestQuality = -Double.infinity
        for _ in 0..<max(1, trials) {
            var trialRandom = SeededRandom(seed: random.next())
            let membership = run(level, random: &trialRandom)
            let quality = level.modularity(membership)
            if quality > bestQuality + 1e-12 {
                best = membership
                bestQuality = quality
            }
        }
        return groups(from: best ?? Array(0..<graph.nodeCount))
    }

    /// Newman modularity of `communities` on the undirected view of `graph`, resolution 1:
    /// Q = Σ_c [ L_c / m − (d_c / 2m)² ] with L_c the ties inside c and d_c the summed degrees.
    /// A graph without ties has modularity 0 (NetworkX divides by zero there).
    public static func modularity(_ graph: Digraph, communities: [[Int]]) -> Double {
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
        return WeightedLevel(undirectedViewOf: graph).modularity(membership)
    }

    static func groups(from membership: [Int]) -> [[Int]] {
        var byLabel = [Int: [Int]]()
        for (v, c) in membership.enumerated() { byLabel[c, default: []].append(v) }
        return WeakComponents.sortedGroups(Array(byLabel.values))
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

/// An undirected weighted graph as Louvain sees it at one level: weights between distinct nodes in
/// a compressed adjacency, and the weight of ties already inside a node (merged groups) as a loop.
struct WeightedLevel {
    var nodeCount: Int
    var offsets: [Int]
    var targets: [Int]
    var weights: [Double]
    /// Weight of the ties inside each node, each tie counted once.
    var loops: [Double]
    /// Weighted degree: ties to others plus twice the ties inside.
    var degree: [Double]
    /// Twice the total weight (2m).
    var totalDegree: Double

    init(undirectedViewOf graph: Digraph) {
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int] = []
        for v in 0..<n {
            targets.append(contentsOf: graph.neighbours(v))
            offsets[v + 1] = targets.count
        }
        self.init(
            nodeCount: n, offsets: offsets, targets: targets,
            weights: [Double](repeating: 1, count: targets.count), loops: [Double](repeating: 0, count: n))
    }

    init(nodeCount: Int, offsets: [Int], targets: [Int], weights: [Double], loops: [Double]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.loops = loops
        var degree = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            var d = 2 * loops[v]
            for e in offsets[v]..<offsets[v + 1] { d += weights[e] }
            degree[v] = d
        }
        self.degree = degree
        self.totalDegree = degree.reduce(0, +)
    }

    func modularity(_ membership: [Int]) -> Double {
        guard totalDegree > 0 else { return 0 }
        let labels = (membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: labels)
        var total = [Double](repeating: 0, count: labels)
        for v in 0..<nodeCount {
            let c = membership[v]
            total[c] += degree[v]
            inside[c] += 2 * loops[v]
            for e in offsets[v]..<offsets[v + 1] where membership[targets[e]] == c {
                inside[c] += weights[e]
            }
        }
        // inside[c] counts every internal tie twice (once from each end), i.e. 2·L_c.
        var q = 0.0
        for c in 0..<labels {
            q += inside[c] / totalDegree - (total[c] / totalDegree) * (total[c] / totalDegree)
        }
        return q
    }

    /// Louvain's first phase: visit nodes in a shuffled order, move each to the neighbouring community
    /// with the largest modularity gain, repeat until a full pass moves nobody.
    func moveNodes(random: inout SeededRandom) -> (labels: [Int], moved: Bool) {
        var community = Array(0..<nodeCount)
        guard totalDegree > 0 else { return (community, false) }
        var total = degree
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
                let kv = degree[v]
                touched.removeAll(keepingCapacity: true)
                for e in offsets[v]..<offsets[v + 1] {
                    let c = community[targets[e]]
                    if weightTo[c] == 0 { touched.append(c) }
                    weightTo[c] += weights[e]
                }
                total[own] -= kv
                // Gain of joining c, up to the common factor 1/m: k_v,c − tot_c · k_v / 2m.
                var best = own
                var bestGain = weightTo[own] - total[own] * kv / totalDegree
                for c in touched where c != own {
                    let gain = weightTo[c] - total[c] * kv / totalDegree
                    if gain > bestGain + 1e-12 {
                        best = c
                        bestGain = gain
                    }
                }
                for c in touched { weightTo[c] = 0 }
                total[best] += kv
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
        var between = [[Int: Double]](repeating: [:], count: count)
        for v in 0..<nodeCount {
            let a = nodeToGroup[v]
            loops[a] += self.loops[v]
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
            nodeCount: count, offsets: offsets, targets: targets, weights: weights, loops: loops)
        return (level, nodeToGroup)
    }
}
