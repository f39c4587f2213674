import Foundation
import Testing

@testable import KnooppuntGraph

/// Seeded random graphs for layout tests: `n` nodes, about `perNode` ties each, some isolates.
enum LayoutGraphs {
    static func random(_ n: Int, perNode: Double = 1.5, seed: UInt64) -> Digraph {
        var rng = SeededRandom(seed: seed)
        var edges: [(Int, Int)] = []
        let m = Int(Double(n) * perNode)
        for _ in 0..<m {
            let a = Int(rng.next() % UInt64(n)), b = Int(rng.next() % UInt64(n))
            // Leave the last tenth isolated so layouts must cope with components and isolates.
            if a < n * 9 / 10 && b < n * 9 / 10 { edges.append((a, b)) }
        }
        return Digraph(nodeCount: n, edges: edges)
    }

    /// Label widths like names: 3 to 14 columns.
    static func widths(_ n: Int, seed: UInt64) -> [Int] {
        var rng = SeededRandom(seed: seed)
        return (0..<n).map { _ in 3 + Int(rng.next() % 12) }
    }
}

@Suite("Layout")
struct LayoutTests {
    func place(_ graph: Digraph, widths: [Int], width: Int, height: Int) -> [LabelBox?] {
        let points = StressLayout.layout(graph, seed: 7)
        let frame = CellFrame.fitting(points, width: width, height: height, labelWidth: widths.max() ?? 1)
        return LabelPlacement.place(
            centres: points.map { frame.cell($0) }.map { (x: $0.x, y: $0.y) }, widths: widths, width: width,
            height: height)
    }

    @Test(
        "Labels never overlap, at 80×24 and 200×60, for 10 to 150 nodes", arguments: [(80, 24), (200, 60)],
        [10, 30, 60, 150])
    func noOverlaps(size: (Int, Int), n: Int) {
        let graph = LayoutGraphs.random(n, seed: UInt64(n))
        let widths = LayoutGraphs.widths(n, seed: 3)
        let boxes = place(graph, widths: widths, width: size.0, height: size.1)
        #expect(LabelPlacement.overlapCount(boxes) == 0)
        // Independent check: no two placed labels share a cell, and every label lies inside the area.
        var used = Set<Int>()
        for case let b? in boxes {
            #expect(b.x >= 0 && b.maxX <= size.0 && b.y >= 0 && b.y < size.1)
            for c in b.x..<b.maxX { #expect(used.insert(b.y * size.0 + c).inserted) }
        }
        // Where the labels can fit at all (with a gap of one), every label gets a place.
        let needed = widths.reduce(0) { $0 + $1 + 1 }
        if needed * 3 < size.0 * size.1 {
            #expect(boxes.allSatisfy { $0 != nil })
        }
    }

    @Test("Labels on one row keep at least one empty column between them")
    func gapBetweenLabels() {
        // Ten labels that all want the same spot.
        let centres = Array(repeating: (x: 20.0, y: 5.0), count: 10)
        let boxes = LabelPlacement.place(
            centres: centres, widths: Array(repeating: 5, count: 10), width: 40, height: 10)
        let placed = boxes.compactMap { $0 }
        #expect(placed.count == 10)
        for a in placed {
            for b in placed where a != b && a.y == b.y {
                #expect(a.maxX < b.x || b.maxX < a.x)
            }
        }
        // The first label in priority order gets the spot it asked for.
        #expect(placed[0] == LabelBox(x: 18, y: 5, width: 5))
    }

    @Test("The stress layout is the same for the same seed and differs for another")
    func deterministic() {
        let g = LayoutGraphs.random(40, seed: 11)
        #expect(StressLayout.layout(g, seed: 5) == StressLayout.layout(g, seed: 5))
        #expect(StressLayout.layout(g, seed: 5) != StressLayout.layout(g, seed: 6))
    }

    @Test("Graph distance becomes drawing distance: the ends of a path are far apart")
    func pathIsStretched() {
        let path = Digraph(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)])
        let p = StressLayout.layout(path, seed: 1)
        let unit = p[0].distance(to: p[1])
        #expect(abs(unit - 1) < 0.2)
        #expect(p[0].distance(to: p[5]) > 4 * unit)
    }

    @Test("Saved positions stay exactly where they were; a new node lands near its neighbours")
    func savedPositionsAndNewNode() {
        let g = LayoutGraphs.random(20, perNode: 2, seed: 4)
        let old = StressLayout.layout(g, seed: 9)
        var saved: [Int: PlanePoint] = [:]
        for i in 0..<20 { saved[i] = old[i] }
        // Node 20 is new and tied to nodes 0 and 1.
        var edges = g.edges
        edges += [(20, 0), (1, 20)]
        let bigger = Digraph(nodeCount: 21, edges: edges)
        let now = StressLayout.extend(bigger, saved: saved, seed: 9)
        for i in 0..<20 { #expect(now[i] == old[i]) }
        let toNeighbours = max(now[20].distance(to: old[0]), now[20].distance(to: old[1]))
        let spread = (0..<20).map { now[20].distance(to: old[$0]) }.sorted()
        // Closer to its neighbours than to the typical other node.
        #expect(toNeighbours <= spread[10])
        #expect(toNeighbours < 2.5)
    }

    @Test("Crossings are counted once per pair of lines and never at a shared end")
    func crossings() {
        let square = [
            PlanePoint(x: 0, y: 0), PlanePoint(x: 1, y: 0), PlanePoint(x: 1, y: 1), PlanePoint(x: 0, y: 1),
        ]
        #expect(EdgeCrossings.count(square, edges: [(0, 2), (1, 3)]) == 1)
        #expect(EdgeCrossings.count(square, edges: [(0, 2), (3, 1), (1, 3), (2, 0)]) == 1)
        #expect(EdgeCrossings.count(square, edges: [(0, 1), (1, 2), (2, 3), (3, 0)]) == 0)
        #expect(EdgeCrossings.count(square, edges: [(0, 2), (0, 1)]) == 0)
        // K4 on a convex quadrilateral: only the diagonals cross.
        let k4 = [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
        #expect(EdgeCrossings.count(square, edges: k4) == 1)
    }

    @Test("Rings: the centre in the middle, ring r at radius r, sectors clockwise from the top")
    func rings() {
        let nodes =
            [RingLayout.Node(ring: 0, sector: 0)]
            + [
                RingLayout.Node(ring: 1, sector: 0), RingLayout.Node(ring: 2, sector: 0),
                RingLayout.Node(ring: 3, sector: 0),
            ]
            + [RingLayout.Node(ring: 1, sector: 1), RingLayout.Node(ring: 1, sector: 1)]
            + [RingLayout.Node(ring: 2, sector: 2)]
        let p = RingLayout.place(nodes, sectorCount: 3)
        #expect(p[0] == .zero)
        for (i, n) in nodes.enumerated() where n.ring > 0 {
            #expect(abs(p[i].distance(to: .zero) - Double(n.ring)) < 1e-9)
        }
        func angle(_ q: PlanePoint) -> Double {
            var a = atan2(q.y, q.x) + Double.pi / 2
            if a < 0 { a += 2 * Double.pi }
            return a
        }
        let sector0 = (1...3).map { angle(p[$0]) }, sector1 = [4, 5].map { angle(p[$0]) },
            sector2 = [angle(p[6])]
        #expect(sector0.max()! < sector1.min()!)
        #expect(sector1.max()! < sector2.min()!)
        // No two nodes on one ray from the centre.
        let all = (1..<nodes.count).map { angle(p[$0]) }
        #expect(Set(all.map { Int($0 * 1000) }).count == all.count)
    }

    @Test("Cell frame: a circle stays round on cells twice as tall as wide")
    func aspect() {
        let circle = (0..<36).map { k -> PlanePoint in
            let a = Double(k) * Double.pi / 18
            return PlanePoint(x: cos(a), y: sin(a))
        }
        let frame = CellFrame.fitting(circle, width: 81, height: 41, labelWidth: 0)
        let cells = circle.map { frame.cell($0) }
        let across = cells.map(\.x).max()! - cells.map(\.x).min()!
        let down = cells.map(\.y).max()! - cells.map(\.y).min()!
        #expect(abs(across / down - 2) < 0.05)
        // Zoom doubles the size around the middle.
        let zoomed = CellFrame.fitting(circle, width: 81, height: 41, labelWidth: 0, zoom: 2)
        #expect(abs(zoomed.scale - 2 * frame.scale) < 1e-9)
    }

    @Test("Isolates sit right beside the largest component, not far away")
    func isolatesPacked() {
        // A ring of 8 and three isolates.
        let ring = Digraph(nodeCount: 11, edges: (0..<8).map { ($0, ($0 + 1) % 8) })
        let p = StressLayout.layout(ring, seed: 3)
        let mainX = (0..<8).map { p[$0].x }, mainY = (0..<8).map { p[$0].y }
        for v in 8..<11 {
            #expect(p[v].x > mainX.max()! && p[v].x < mainX.max()! + 3)
            #expect(p[v].y >= mainY.min()! - 1e-9 && p[v].y <= mainY.max()! + 1e-9)
        }
        // Isolates do not share a spot.
        #expect(Set((8..<11).map { [p[$0].x, p[$0].y] }).count == 3)
    }
}

@Suite("Layout quality")
struct LayoutQualityTests {
    /// A 5 × 5 grid of ties, and its drawing as a grid (unit spacing).
    static let grid = Digraph(
        nodeCount: 25,
        edges: (0..<25).flatMap { v -> [(Int, Int)] in
            (v % 5 < 4 ? [(v, v + 1)] : []) + (v < 20 ? [(v, v + 5)] : [])
        })
    static let gridDrawing = (0..<25).map { PlanePoint(x: Double($0 % 5), y: Double($0 / 5)) }

    @Test("Normalised stress: 0 for an exact drawing, the same at any scale, higher for a scrambled one")
    func normalisedStress() {
        let path = Digraph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        let line = (0..<5).map { PlanePoint(x: Double($0), y: 0) }
        #expect(LayoutQuality.normalisedStress(line, graph: path) < 1e-20)
        let inches = line.map { PlanePoint(x: $0.x * 72, y: 3) }
        #expect(LayoutQuality.normalisedStress(inches, graph: path) < 1e-20)
        let scrambled = [0, 3, 1, 4, 2].map { PlanePoint(x: Double($0), y: 0) }
        #expect(LayoutQuality.normalisedStress(scrambled, graph: path) > 0.05)
        // Pairs in different components do not count, wherever the components are drawn.
        let twoPaths = Digraph(nodeCount: 4, edges: [(0, 1), (2, 3)])
        let far = [
            PlanePoint(x: 0, y: 0), PlanePoint(x: 1, y: 0), PlanePoint(x: 0, y: 50), PlanePoint(x: 1, y: 50),
        ]
        #expect(LayoutQuality.normalisedStress(far, graph: twoPaths) < 1e-20)
    }

    @Test("The layout of a grid is as good as the grid itself, and no drawing is folded over")
    func gridLayout() {
        let points = StressLayout.layout(Self.grid, seed: 4)
        let ours = LayoutQuality.normalisedStress(points, graph: Self.grid)
        let ideal = LayoutQuality.normalisedStress(Self.gridDrawing, graph: Self.grid)
        #expect(ours <= ideal * 1.02, "ours \(ours), the grid drawn as a grid \(ideal)")
        #expect(EdgeCrossings.count(points, edges: Self.grid.edges) == 0)
    }

    @Test("Stochastic descent lowers the stress of a random start a long way")
    func descent() {
        let graph = LayoutGraphs.random(60, perNode: 2, seed: 8)
        let members = UndirectedAdjacency(graph).components().max { $0.count < $1.count }!
        let d = GraphDistances(graph.subgraph(members))
        var random = SeededRandom(seed: 3)
        let n = members.count
        var x = (0..<n).map { _ in random.nextUnit() * 8 }, y = (0..<n).map { _ in random.nextUnit() * 8 }
        let before = StressDescent.stress(d, x: x, y: y)
        StressDescent.minimise(d, x: &x, y: &y, rounds: 30, random: &random)
        let after = StressDescent.stress(d, x: x, y: y)
        #expect(after < before / 5, "before \(before), after \(after)")
        // Majorization afterwards never raises it.
        StressMajorization.minimise(d, x: &x, y: &y, movable: Array(repeating: true, count: n), maxRounds: 30)
        #expect(StressDescent.stress(d, x: x, y: y) <= after + 1e-9)
    }
}
