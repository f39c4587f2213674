/// Krackhardt and Stern's E-I index for one attribute (bouw, vak, gender, ...): (E − I) / (E + I), with
/// E the ties between people of different groups and I the ties within a group. −1: everyone keeps to
/// their own group (homophily, closed subgroups); +1: all ties cross group lines; 0: balanced.
///
/// Only ties whose two ends both have a known group count. In a directed graph every directed tie
/// counts (a mutual pair twice, once per choice); in the undirected view every pair counts once.
public struct EIIndex: Hashable, Sendable {
    /// Ties between different groups.
    public var external: Int
    /// Ties within one group.
    public var `internal`: Int

    /// nil when no tie joins two people with a known group: the index says nothing then.
    public var value: Double? {
        let all = external + `internal`
        return all == 0 ? nil : Double(external - `internal`) / Double(all)
    }

    /// - Parameter group: a group label per node (any integer coding), nil when unknown.
    public static func compute(_ graph: Digraph, group: [Int?], directed: Bool = true) -> EIIndex {
        var external = 0
        var inside = 0
        for (a, b) in graph.edges {
            if !directed && b < a && graph.hasEdge(b, a) { continue }  // the pair was counted from a < b
            guard a < group.count, b < group.count, let ga = group[a], let gb = group[b] else { continue }
            if ga == gb { inside += 1 } else { external += 1 }
        }
        return EIIndex(external: external, internal: inside)
    }
}
