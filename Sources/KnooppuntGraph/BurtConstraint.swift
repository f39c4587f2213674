/// Burt's constraint (1992, 2004): how much a person's ties lead to people who are tied to each other.
/// High (towards 1 and above): all contacts know each other, a closed group. Low: the contacts are
/// unconnected, so the person spans a structural hole (structureel gat) and can broker between them.
///
/// The definition is the one of `networkx.constraint` / `networkx.local_constraint` for unweighted
/// graphs, with neighbours in either direction: mutual weight a(u,v) = [u→v] + [v→u],
/// p(u,v) = a(u,v) / Σ_w a(u,w), c(u) = Σ_{v ∈ N(u)} (p(u,v) + Σ_{w ∈ N(u)} p(u,w)·p(w,v))².
/// In the undirected view every tie has mutual weight 2, which normalises to the same p as weight 1.
///
/// A person without ties gets `nil` (NetworkX: NaN). NetworkX's fallback path without SciPy also returns
/// NaN for someone who only *receives* choices (it tests `len(G[v])`, the successors); its SciPy path and
/// this implementation compute the value from the incoming ties instead.
public enum BurtConstraint {
    public static func compute(_ graph: Digraph, directed: Bool = true) -> [Double?] {
        let n = graph.nodeCount
        let g = directed ? graph : graph.symmetrised
        let neighbours = (0..<n).map { g.neighbours($0) }
        // p[u] as a dictionary from neighbour to normalised mutual weight.
        var p = [[Int: Double]](repeating: [:], count: n)
        for u in 0..<n {
            var weights: [(Int, Double)] = []
            var total = 0.0
            for v in neighbours[u] {
                let a = (g.hasEdge(u, v) ? 1.0 : 0.0) + (g.hasEdge(v, u) ? 1.0 : 0.0)
                weights.append((v, a))
                total += a
            }
            if total > 0 {
                for (v, a) in weights { p[u][v] = a / total }
            }
        }
        var result = [Double?](repeating: nil, count: n)
        for u in 0..<n where !neighbours[u].isEmpty {
            var sum = 0.0
            for v in neighbours[u] {
                var indirect = 0.0
                for w in neighbours[u] {
                    if let pwv = p[w][v] { indirect += p[u][w]! * pwv }
                }
                let local = p[u][v]! + indirect
                sum += local * local
            }
            result[u] = sum
        }
        return result
    }
}
