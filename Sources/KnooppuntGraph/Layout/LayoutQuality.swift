/// Figures for how well a drawing shows its graph, the same for any layout program's positions, so the
/// bench can hold ours beside Graphviz neato's.
public enum LayoutQuality {
    /// Normalised stress: Σ (d_ij − s·‖x_i − x_j‖)² / d_ij² over all pairs {i, j} in one connected
    /// component (d_ij the number of ties on a shortest path, ties undirected), divided by the number of
    /// those pairs, with s the factor that makes the sum smallest:
    /// s = Σ (‖x_i − x_j‖ / d_ij) / Σ (‖x_i − x_j‖² / d_ij²).
    /// Scaling by s makes drawings in any unit comparable (neato writes inches); pairs in different
    /// components are left out because no distance between them is right. 0 is a perfect drawing.
    public static func normalisedStress(_ points: [PlanePoint], graph: Digraph) -> Double {
        let n = graph.nodeCount
        guard n > 1, points.count == n else { return 0 }
        let d = GraphDistances(graph)
        var top = 0.0, bottom = 0.0, pairs = 0
        for i in 0..<n {
            for j in (i + 1)..<n where d.values[i * n + j] <= d.longest {
                let dij = d.values[i * n + j], e = points[i].distance(to: points[j])
                top += e / dij
                bottom += e * e / (dij * dij)
                pairs += 1
            }
        }
        guard pairs > 0 else { return 0 }
        let s = bottom > 0 ? top / bottom : 0
        var sum = 0.0
        for i in 0..<n {
            for j in (i + 1)..<n where d.values[i * n + j] <= d.longest {
                let dij = d.values[i * n + j], e = points[i].distance(to: points[j])
                sum += (dij - s * e) * (dij - s * e) / (dij * dij)
            }
        }
        return sum / Double(pairs)
    }
}
