/// A stress layout on shortest-path distances, ties taken as undirected: graph distance becomes drawing
/// distance as well as it can (stochastic descent, then majorization, SMACOF, Gansner, Koren and North
/// 2004). Deterministic for a seed.
///
/// Each connected component is drawn on its own (`componentLayout`); the components are then packed
/// beside the largest. Distances between components mean nothing in the method's reading of a
/// sociogram, so they are not drawn: leaving them out also makes a school-sized network cheaper.
public enum StressLayout {
    /// Starts per component, rounds of stochastic descent per start, and rounds of majorization to
    /// finish the best (it stops earlier once a round lowers the stress by less than 0.01 %, neato's
    /// rule): measured in `make bench BENCH=layout`, the least work with which the drawings of 30 to 500
    /// people have no more stress and crossings than Graphviz neato's.
    static let starts = 2
    static let descentRounds = 30
    static let finishingRounds = 30

    /// A full new layout (the `L` key). Edges are unit length; isolates and small components are stacked
    /// just to the right of the largest component. `iterations` bounds the rounds of majorization.
    public static func layout(_ graph: Digraph, seed: UInt64 = 1, iterations: Int = 300) -> [PlanePoint] {
        let n = graph.nodeCount
        if n == 0 { return [] }
        if n == 1 { return [.zero] }
        let components = UndirectedAdjacency(graph).components()
        var rng = SeededRandom(seed: seed)
        var points = Array(repeating: PlanePoint.zero, count: n)
        for members in components where members.count > 1 {
            let local = componentLayout(graph.subgraph(members), random: &rng, iterations: iterations)
            for (k, v) in members.enumerated() { points[v] = local[k] }
        }
        return centred(packed(points, components))
    }

    /// One connected component, drawn from a few seeded random starts, each by stochastic descent
    /// (`StressDescent`); the drawing with the lowest stress is finished by a few rounds of
    /// majorization (`StressMajorization`). Stress has many local minima: one start lands in a folded
    /// one often enough to show as crossed lines, a few starts rarely all do.
    static func componentLayout(_ graph: Digraph, random: inout SeededRandom, iterations: Int)
        -> [PlanePoint]
    {
        let n = graph.nodeCount
        if n == 2 { return [PlanePoint(x: 0, y: 0), PlanePoint(x: 1, y: 0)] }
        let d = GraphDistances(graph)
        var best: (stress: Double, x: [Double], y: [Double])? = nil
        let spread = Double(n).squareRoot()
        for _ in 0..<starts {
            var x = (0..<n).map { _ in random.nextUnit() * spread }
            var y = (0..<n).map { _ in random.nextUnit() * spread }
            StressDescent.minimise(d, x: &x, y: &y, rounds: descentRounds, random: &random)
            let s = StressDescent.stress(d, x: x, y: y)
            if best == nil || s < best!.stress { best = (s, x, y) }
        }
        var (_, x, y) = best!
        StressMajorization.minimise(
            d, x: &x, y: &y, movable: Array(repeating: true, count: n),
            maxRounds: min(iterations, finishingRounds),
            tolerance: 1e-4)
        return (0..<n).map { PlanePoint(x: x[$0], y: y[$0]) }
    }

    /// Components drawn apart would waste the screen. Keep the largest component where it is and stack
    /// the others in columns just to its right, one unit apart, each keeping its own shape.
    static func packed(_ points: [PlanePoint], _ members: [[Int]]) -> [PlanePoint] {
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
        var rng = SeededRandom(seed: seed)
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
            // Sorted, not a Set: a Set's order changes per process and the sums below would differ in the last bit.
            let neighbours = Digraph.mergeSorted(graph.successors[i], graph.predecessors[i]).filter {
                !movable[$0]
            }
            if neighbours.isEmpty {
                // Nobody to stand near: the right-hand edge of the drawing, spread out a little.
                x[i] = maxX + 1
                y[i] = minY + rng.nextUnit() * max(1, maxY - minY)
            } else {
                x[i] =
                    neighbours.map { x[$0] }.reduce(0, +) / Double(neighbours.count) + (rng.nextUnit() - 0.5)
                    * 0.6
                y[i] =
                    neighbours.map { y[$0] }.reduce(0, +) / Double(neighbours.count) + (rng.nextUnit() - 0.5)
                    * 0.6
            }
        }
        if movable.contains(true) {
            StressMajorization.minimise(
                GraphDistances(graph), x: &x, y: &y, movable: movable, maxRounds: iterations)
        }
        return (0..<n).map { PlanePoint(x: x[$0], y: y[$0]) }
    }

    static func centred(_ points: [PlanePoint]) -> [PlanePoint] {
        let mx = points.map(\.x).reduce(0, +) / Double(points.count)
        let my = points.map(\.y).reduce(0, +) / Double(points.count)
        return points.map { PlanePoint(x: $0.x - mx, y: $0.y - my) }
    }
}
