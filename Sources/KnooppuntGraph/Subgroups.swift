/// The subgroups the method names: Louvain's communities, but only when the split means something.
/// Louvain always returns some partition, even of a network without any structure; naming those
/// groups would tell a section about cliques that are not there. A split counts when its modularity
/// is at least `threshold` (0.3, the value from which the literature on modularity speaks of clear
/// community structure: Newman & Girvan 2004, Clauset, Newman & Moore 2004) and it has at least two
/// groups of two or more people (one group and loose individuals is a core and its periphery, not
/// subgroups). docs/DECISIONS.md records the choice.
public enum Subgroups {
    public static let threshold = 0.3

    /// The communities of two or more people when the split is clear, else none.
    public static func meaningful(communities: [[Int]], modularity: Double) -> [[Int]] {
        let groups = communities.filter { $0.count >= 2 }
        guard modularity >= threshold - 1e-12, groups.count >= 2 else { return [] }
        return groups
    }
}
