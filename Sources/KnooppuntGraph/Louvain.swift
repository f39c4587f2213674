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
    /// millisecond; up to 500 people 4; a whole school's staff beyond that 2: there each order costs
    /// milliseconds, and on the bench graphs two orders found the same modularity as four (measured in
    /// `make bench BENCH=metrics`; the refinement after each order does the real work).
    public static func communities(
        _ graph: Digraph, directed: Bool = true, seed: UInt64 = 42, trials: Int? = nil
    ) -> [[Int]] {
        let trials = trials ?? (graph.nodeCount <= 60 ? 64 : graph.nodeCount <= 500 ? 4 : 2)
        let level = WeightedLevel(graph, directed: directed)
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
        return WeightedLevel(graph, directed: directed).modularity(membership)
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
