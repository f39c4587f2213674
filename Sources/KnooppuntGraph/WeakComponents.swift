/// Weakly connected components: groups of people linked by ties in any direction. A section that falls
/// apart in several components has people or small groups nobody in the rest reaches.
public enum WeakComponents {
    /// Components with their members in ascending node order; the components sorted largest first,
    /// equal sizes by their smallest member, so the result never depends on hashing or input order.
    public static func compute(_ graph: Digraph) -> [[Int]] {
        let n = graph.nodeCount
        var seen = [Bool](repeating: false, count: n)
        var components: [[Int]] = []
        var stack: [Int] = []
        for start in 0..<n where !seen[start] {
            seen[start] = true
            stack.append(start)
            var members: [Int] = []
            while let v = stack.popLast() {
                members.append(v)
                for w in graph.successors[v] where !seen[w] {
                    seen[w] = true
                    stack.append(w)
                }
                for w in graph.predecessors[v] where !seen[w] {
                    seen[w] = true
                    stack.append(w)
                }
            }
            components.append(members.sorted())
        }
        return sortedGroups(components)
    }

    /// Largest first, then by smallest member; members ascending.
    static func sortedGroups(_ groups: [[Int]]) -> [[Int]] {
        groups.map { $0.sorted() }.sorted { a, b in
            a.count != b.count ? a.count > b.count : (a.first ?? 0) < (b.first ?? 0)
        }
    }
}
