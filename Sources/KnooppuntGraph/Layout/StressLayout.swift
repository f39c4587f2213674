/// Stress majorization (SMACOF, Gansner, Koren and North 2004) on shortest-path distances, ties taken
/// as undirected: graph distance becomes drawing distance as well as it can. Deterministic for a seed.
public enum StressLayout {
    /// A full new layout (the `L` key). Edges are unit length; nodes in other components than their own
    /// are kept at one more than the largest distance, so components and isolates sit apart but near.
    public static func layout(_ graph: Digraph, seed: UInt64 = 1, iterations: Int = 300) -> [PlanePoint] {
        let n = graph.nodeCount
        if n == 0 { return [] }
        if n == 1 { return [.zero] }
        let d = distances(graph)
        var rng = LayoutRandom(seed: seed)
        let spread = Double(n).squareRoot()
        var x = (0..<n).map { _ in rng.unit() * spread }
        var y = (0..<n).map { _ in rng.unit() * spread }
        smacof(d: d, x: &x, y: &y, movable: Array(repeating: true, count: n), iterations: iterations)
        return centred(packed((0..<n).map { PlanePoint(x: x[$0], y: y[$0]) }, graph))
    }

    /// Stress pushes isolates and small components far out (every distance to them is "longest + 1"),
    /// which wastes the screen. Keep the largest component where it is and stack the others in columns
    /// just to its right, one unit apart, each keeping its own shape.
    static func packed(_ points: [PlanePoint], _ graph: Digraph) -> [PlanePoint] {
        let n = points.count
        var component = Array(repeating: -1, count: n)
        var members: [[Int]] = []
        for s in 0..<n where component[s] < 0 {
            var list = [s]
            component[s] = members.count
            var head = 0
            while head < list.count {
                let v = list[head]
                head += 1
                for w in graph.successors[v] + graph.predecessors[v] where component[w] < 0 {
                    component[w] = members.count
                    list.append(w)
                }
            }
            members.append(list.sorted())
        }
        guard members.count > 1 else { return points }
        let order = members.indices.sorted {
            (members[$0].count, -members[$0][0]) > (members[$1].count, -members[$1][0])
        }
        func box(_ c: [Int], _ p: [PlanePoint]) -> (minX: Double, maxX: Double, minY: Double, maxY: Double) {
            (
                c.map { p[$0].x }.min()!, c.map { p[$0].x }.max()!, c.map { p[$0].y }.min()!,
                c.map { p[$0].y }.max()!
            )
        }
        var result = points
        let main = box(members[order[0]], points)
        var cursorX = main.maxX + 1.5, cursorY = main.minY, columnWidth = 0.0
        for c in order.dropFirst() {
            let b = box(members[c], points)
            let w = b.maxX - b.minX, h = b.maxY - b.minY
            if cursorY > main.minY && cursorY + h > main.maxY {
                cursorX += columnWidth + 1.5
                cursorY = main.minY
                columnWidth = 0
            }
            for v in members[c] {
                result[v] = PlanePoint(x: points[v].x - b.minX + cursorX, y: points[v].y - b.minY + cursorY)
            }
            cursorY += h + 1
            columnWidth = max(columnWidth, w)
        }
        return result
    }

    /// Keeps every saved position and places only the nodes without one: first near the middle of their
    /// placed neighbours, then a few stress iterations that move only the new nodes.
    public static func extend(
        _ graph: Digraph, saved: [Int: PlanePoint], seed: UInt64 = 1, iterations: Int = 100
    ) -> [PlanePoint] {
        let n = graph.nodeCount
        if saved.isEmpty { return layout(graph, seed: seed) }
        var rng = LayoutRandom(seed: seed)
        var x = Array(repeating: 0.0, count: n)
        var y = Array(repeating: 0.0, count: n)
        var movable = Array(repeating: true, count: n)
        for (i, p) in saved where i >= 0 && i < n {
            x[i] = p.x
            y[i] = p.y
            movable[i] = false
        }
        let placed = saved.values
        let maxX = placed.map(\.x).max() ?? 0
        let minY = placed.map(\.y).min() ?? 0, maxY = placed.map(\.y).max() ?? 0
        for i in 0..<n where movable[i] {
            let neighbours = Set(graph.successors[i] + graph.predecessors[i]).filter { !movable[$0] }
            if neighbours.isEmpty {
                // Nobody to stand near: the right-hand edge of the drawing, spread out a little.
                x[i] = maxX + 1
                y[i] = minY + rng.unit() * max(1, maxY - minY)
            } else {
                x[i] =
                    neighbours.map { x[$0] }.reduce(0, +) / Double(neighbours.count) + (rng.unit() - 0.5)
                    * 0.6
                y[i] =
                    neighbours.map { y[$0] }.reduce(0, +) / Double(neighbours.count) + (rng.unit() - 0.5)
                    * 0.6
            }
        }
        if movable.contains(true) {
            smacof(d: distances(graph), x: &x, y: &y, movable: movable, iterations: iterations)
        }
        return (0..<n).map { PlanePoint(x: x[$0], y: y[$0]) }
    }

    /// All-pairs shortest paths by breadth-first search on the undirected graph; unreachable pairs get
    /// the largest finite distance plus one.
    static func distances(_ graph: Digraph) -> [[Double]] {
        let n = graph.nodeCount
        var neighbours = Array(repeating: [Int](), count: n)
        for a in 0..<n {
            neighbours[a] = Array(Set(graph.successors[a] + graph.predecessors[a])).sorted()
        }
        var d = Array(repeating: Array(repeating: -1.0, count: n), count: n)
        var longest = 1.0
        for s in 0..<n {
            var queue = [s]
            var head = 0
            d[s][s] = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for w in neighbours[v] where d[s][w] < 0 {
                    d[s][w] = d[s][v] + 1
                    longest = max(longest, d[s][w])
                    queue.append(w)
                }
            }
        }
        for a in 0..<n {
            for b in 0..<n where d[a][b] < 0 { d[a][b] = longest + 1 }
        }
        return d
    }

    /// The SMACOF update with weights 1/d², a Jacobi step per node (Gauss-Seidel order for stability).
    static func smacof(d: [[Double]], x: inout [Double], y: inout [Double], movable: [Bool], iterations: Int)
    {
        let n = x.count
        var previous = Double.infinity
        for _ in 0..<iterations {
            for i in 0..<n where movable[i] {
                var sx = 0.0, sy = 0.0, sw = 0.0
                for j in 0..<n where j != i {
                    let dij = d[i][j]
                    let w = 1 / (dij * dij)
                    let dx = x[i] - x[j], dy = y[i] - y[j]
                    var dist = (dx * dx + dy * dy).squareRoot()
                    if dist < 1e-9 {
                        // Two nodes on one spot: nudge deterministically so the update has a direction.
                        dist = 1e-9
                    }
                    sx += w * (x[j] + dij * dx / dist)
                    sy += w * (y[j] + dij * dy / dist)
                    sw += w
                }
                if sw > 0 {
                    x[i] = sx / sw
                    y[i] = sy / sw
                }
            }
            let s = stress(d: d, x: x, y: y)
            if previous - s < 1e-5 * previous { break }
            previous = s
        }
    }

    static func stress(d: [[Double]], x: [Double], y: [Double]) -> Double {
        var s = 0.0
        for i in 0..<x.count {
            for j in (i + 1)..<x.count {
                let dist = ((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])).squareRoot()
                let diff = dist - d[i][j]
                s += diff * diff / (d[i][j] * d[i][j])
            }
        }
        return s
    }

    static func centred(_ points: [PlanePoint]) -> [PlanePoint] {
        let mx = points.map(\.x).reduce(0, +) / Double(points.count)
        let my = points.map(\.y).reduce(0, +) / Double(points.count)
        return points.map { PlanePoint(x: $0.x - mx, y: $0.y - my) }
    }
}
