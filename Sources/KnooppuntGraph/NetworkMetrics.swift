/// Every figure knooppunt reads from one network (one sociogram topic, or all topics together), as
/// the method reads a sociogram (docs/METHOD.md): hechtheid, wederkerigheid, subgroepen, central and peripheral people,
/// isolates and bridges. Values only; `compute` is a pure function of the graph and the seed.
///
/// Figures are checked against NetworkX 3.x by Tests/KnooppuntGraphTests (see Tests/reference/).
public struct NetworkMetrics: Hashable, Sendable {
    /// Node names (for the comparison between measurements and for reports); "0", "1", ... by default.
    public var names: [String]
    /// Whether ties were read as directed choices or as undirected links.
    public var directed: Bool

    /// Number of people (nodes).
    public var nodes: Int
    /// Directed: number of ties (choices). Undirected: number of pairs with a tie in either direction.
    public var ties: Int
    /// Directed m / (n(n−1)); undirected 2m / (n(n−1)); 0 when n < 2 (as `networkx.density`).
    public var density: Double
    /// Directed: share of ties whose reverse also exists (`networkx.reciprocity(G)`). NetworkX refuses an
    /// empty graph; we give 0 when there are no ties. Undirected: every link counts as mutual, so 1 when
    /// there are ties and 0 when there are none (NetworkX refuses undirected graphs).
    public var reciprocity: Double
    /// Pairs of people who chose each other. Undirected: equals `ties`.
    public var mutualTies: Int
    /// Choices received (undirected: number of neighbours).
    public var inDegree: [Int]
    /// Choices made (undirected: number of neighbours).
    public var outDegree: [Int]
    /// Distinct people each person is tied to in either direction.
    public var neighbourCount: [Int]
    /// Normalised betweenness per person, see `Betweenness`.
    public var betweenness: [Double]
    /// Weakly connected components, see `WeakComponents` for the order.
    public var components: [[Int]]
    /// People without any tie, ascending.
    public var isolates: [Int]
    /// Burt's constraint per person; nil for isolates. See `BurtConstraint`.
    public var constraint: [Double?]
    /// Louvain communities, on directed modularity for directed ties, see `Louvain`.
    public var communities: [[Int]]
    /// Index into `communities` per person.
    public var community: [Int]
    /// Modularity of `communities` (directed Leicht–Newman for directed ties, Newman's for the
    /// undirected view), as `networkx.community.modularity` on a DiGraph / Graph; 0 without ties.
    public var modularity: Double
    /// The communities named as subgroups: none unless the split is clear, see `Subgroups`.
    public var subgroups: [[Int]]
    /// E-I index per attribute named in `groups`.
    public var eiIndex: [String: EIIndex]
    /// One role per person, see `ActorRole` for the rule.
    public var roles: [ActorRole]

    public var componentCount: Int { components.count }

    /// All figures of one network.
    /// - Parameters:
    ///   - directed: false reads every tie as an undirected link (the `--undirected` of `knooppunt analyse`).
    ///   - groups: per attribute (e.g. "bouw"), a group label per node (nil: unknown), for the E-I index.
    ///   - seed: for Louvain's visiting order; the same seed always gives the same subgroups.
    public static func compute(
        _ graph: Digraph, directed: Bool = true, groups: [String: [Int?]] = [:], seed: UInt64 = 42
    ) -> NetworkMetrics {
        compute(
            graph, names: (0..<graph.nodeCount).map(String.init), directed: directed, groups: groups,
            seed: seed)
    }

    /// As above, with the graph's names (needed to compare measurements by person).
    public static func compute(
        _ graph: LabelledGraph, directed: Bool = true, groups: [String: [Int?]] = [:], seed: UInt64 = 42
    ) -> NetworkMetrics {
        compute(graph.graph, names: graph.names, directed: directed, groups: groups, seed: seed)
    }

    /// As above, with explicit names (one per node).
    public static func compute(
        _ graph: Digraph, names: [String], directed: Bool, groups: [String: [Int?]], seed: UInt64
    ) -> NetworkMetrics {
        let n = graph.nodeCount
        let mutual = graph.mutualPairCount
        let ties = directed ? graph.edgeCount : graph.edgeCount - mutual
        let possible = Double(n) * Double(n - 1)
        let density = n < 2 ? 0 : (directed ? Double(ties) / possible : 2 * Double(ties) / possible)
        let reciprocity: Double
        if ties == 0 {
            reciprocity = 0
        } else if directed {
            reciprocity = Double(2 * mutual) / Double(ties)
        } else {
            reciprocity = 1
        }
        let neighbourCount = (0..<n).map { graph.neighbourCount($0) }
        let inDegree = directed ? graph.predecessors.map(\.count) : neighbourCount
        let outDegree = directed ? graph.successors.map(\.count) : neighbourCount
        let betweenness = Betweenness.compute(graph, directed: directed)
        let components = WeakComponents.compute(graph)
        let isolates = (0..<n).filter { neighbourCount[$0] == 0 }
        let constraint = BurtConstraint.compute(graph, directed: directed)
        let communities = Louvain.communities(graph, directed: directed, seed: seed)
        var community = [Int](repeating: 0, count: n)
        for (c, members) in communities.enumerated() {
            for v in members { community[v] = c }
        }
        let modularity = Louvain.modularity(graph, directed: directed, communities: communities)
        var eiIndex = [String: EIIndex]()
        for (attribute, labels) in groups {
            eiIndex[attribute] = EIIndex.compute(graph, group: labels, directed: directed)
        }
        let subgroups = Subgroups.meaningful(communities: communities, modularity: modularity)
        var subgroup = [Int?](repeating: nil, count: n)
        for (g, members) in subgroups.enumerated() {
            for v in members { subgroup[v] = g }
        }
        let neighbourSubgroups = (0..<n).map { v in Set(graph.neighbours(v).compactMap { subgroup[$0] }).count
        }
        let mutualCount =
            directed
            ? (0..<n).map { v in graph.successors[v].filter { graph.hasEdge($0, v) }.count } : neighbourCount
        let roles = ActorRole.assign(
            inDegree: inDegree, mutualCount: mutualCount, neighbourCount: neighbourCount,
            betweenness: betweenness, constraint: constraint, neighbourSubgroupCount: neighbourSubgroups)
        return NetworkMetrics(
            names: names, directed: directed, nodes: n, ties: ties, density: density,
            reciprocity: reciprocity,
            mutualTies: mutual, inDegree: inDegree, outDegree: outDegree, neighbourCount: neighbourCount,
            betweenness: betweenness, components: components, isolates: isolates, constraint: constraint,
            communities: communities, community: community, modularity: modularity, subgroups: subgroups,
            eiIndex: eiIndex,
            roles: roles)
    }
}
