import KnooppuntGraph

/// A graph the tests generate and hand to NetworkX (Tests/reference/metrics_reference.py).
struct ReferenceCase: Sendable, CustomStringConvertible {
    var name: String
    var graph: Digraph
    var directed: Bool

    var description: String { name }

    /// A directed G(n, p) graph: each ordered pair gets a tie with probability p.
    static func random(_ n: Int, _ p: Double, seed: UInt64) -> Digraph {
        var random = SeededRandom(seed: seed)
        var edges: [(Int, Int)] = []
        for a in 0..<n {
            for b in 0..<n where a != b && random.nextUnit() < p { edges.append((a, b)) }
        }
        return Digraph(nodeCount: n, edges: edges)
    }

    /// Three random blocks joined by a single tie, plus four isolates at the end.
    static func blocksWithIsolates(seed: UInt64) -> Digraph {
        var random = SeededRandom(seed: seed)
        var edges: [(Int, Int)] = []
        let blocks = [0..<8, 8..<20, 20..<26]
        for block in blocks {
            for a in block {
                for b in block where a != b && random.nextUnit() < 0.35 { edges.append((a, b)) }
            }
        }
        edges.append((3, 12))
        return Digraph(nodeCount: 30, edges: edges)
    }

    static let all: [ReferenceCase] = {
        var cases: [ReferenceCase] = []
        let sizes: [(Int, Double)] = [
            (5, 0.3), (5, 0.7), (12, 0.1), (12, 0.4), (40, 0.05), (40, 0.2), (100, 0.03), (100, 0.1),
            (200, 0.02),
            (200, 0.06),
        ]
        for (i, (n, p)) in sizes.enumerated() {
            let graph = random(n, p, seed: 1000 + UInt64(i))
            cases.append(ReferenceCase(name: "random n=\(n) p=\(p) directed", graph: graph, directed: true))
            if i % 2 == 1 || n == 200 {
                cases.append(
                    ReferenceCase(name: "random n=\(n) p=\(p) undirected", graph: graph, directed: false))
            }
        }
        let blocks = blocksWithIsolates(seed: 7)
        cases.append(
            ReferenceCase(name: "three blocks and four isolates, directed", graph: blocks, directed: true))
        cases.append(
            ReferenceCase(name: "three blocks and four isolates, undirected", graph: blocks, directed: false))
        let outStar = Digraph(nodeCount: 7, edges: (1..<7).map { (0, $0) })
        let inStar = Digraph(nodeCount: 7, edges: (1..<7).map { ($0, 0) })
        let mutualStar = Digraph(nodeCount: 7, edges: (1..<7).flatMap { [(0, $0), ($0, 0)] })
        cases.append(ReferenceCase(name: "star, centre chooses all", graph: outStar, directed: true))
        cases.append(ReferenceCase(name: "star, all choose the centre", graph: inStar, directed: true))
        cases.append(ReferenceCase(name: "star, mutual", graph: mutualStar, directed: true))
        cases.append(ReferenceCase(name: "star, undirected", graph: outStar, directed: false))
        let complete = Digraph(nodeCount: 6, edges: (0..<6).flatMap { a in (0..<6).map { (a, $0) } })
        cases.append(ReferenceCase(name: "complete graph, directed", graph: complete, directed: true))
        cases.append(ReferenceCase(name: "complete graph, undirected", graph: complete, directed: false))
        let path = Digraph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        cases.append(ReferenceCase(name: "directed path", graph: path, directed: true))
        cases.append(ReferenceCase(name: "undirected path", graph: path, directed: false))
        cases.append(
            ReferenceCase(
                name: "five people, no ties", graph: Digraph(nodeCount: 5, edges: []), directed: true))
        cases.append(
            ReferenceCase(
                name: "five people, no ties, undirected", graph: Digraph(nodeCount: 5, edges: []),
                directed: false))
        cases.append(
            ReferenceCase(name: "single person", graph: Digraph(nodeCount: 1, edges: []), directed: true))
        cases.append(
            ReferenceCase(
                name: "two people, one tie", graph: Digraph(nodeCount: 2, edges: [(0, 1)]), directed: true))
        cases.append(
            ReferenceCase(name: "no people", graph: Digraph(nodeCount: 0, edges: []), directed: true))
        return cases
    }()
}
