import Testing

@testable import KnooppuntGraph

/// The tuned Louvain level against the plain one it replaced (`PlainLouvainLevel`): same first level,
/// same moves for the same random stream, same aggregation, same modularity, all compared exactly, on
/// graphs shaped like a school (groups of twenty with ties between them) and on plain random ones.
@Suite("Louvain level")
struct LouvainLevelTests {
    /// About `perNode` choices per person, `inside` of them inside the person's group of `groupSize`.
    static func school(_ n: Int, perNode: Int = 6, inside: Double = 0.8, groupSize: Int = 20, seed: UInt64)
        -> Digraph
    {
        var random = SeededRandom(seed: seed)
        var edges: [(Int, Int)] = []
        for a in 0..<n {
            let first = (a / groupSize) * groupSize, last = min(n, first + groupSize)
            for _ in 0..<perNode {
                let b =
                    random.nextUnit() < inside
                    ? first + Int(random.next() % UInt64(last - first)) : Int(random.next() % UInt64(n))
                edges.append((a, b))
            }
        }
        return Digraph(nodeCount: n, edges: edges)
    }

    static let graphs: [(String, Digraph)] = [
        ("school 60", school(60, seed: 1)), ("school 300", school(300, seed: 2)),
        ("school 1000", school(1000, perNode: 10, seed: 3)),
        ("loose 200", school(200, perNode: 2, inside: 0.3, seed: 4)),
        ("random 150", LayoutGraphs.random(150, perNode: 3, seed: 5)),
        ("no ties", Digraph(nodeCount: 5, edges: [])),
    ]

    func expectSame(_ a: WeightedLevel, _ b: PlainLouvainLevel, _ name: String) {
        #expect(a.nodeCount == b.nodeCount, "\(name)")
        #expect(a.offsets == b.offsets, "\(name)")
        #expect(a.targets == b.targets, "\(name)")
        #expect(a.weights == b.weights, "\(name)")
        #expect(a.loops == b.loops, "\(name)")
        #expect(a.outWeight == b.outWeight, "\(name)")
        #expect(a.inWeight == b.inWeight, "\(name)")
        #expect(a.total == b.total, "\(name)")
    }

    @Test("Every phase gives exactly what the plain level gave, level after level", arguments: [true, false])
    func phasesMatch(directed: Bool) {
        for (name, graph) in Self.graphs {
            var tuned = WeightedLevel(graph, directed: directed)
            var plain = PlainLouvainLevel(directed ? graph : graph.symmetrised)
            expectSame(tuned, plain, name)
            var r1 = SeededRandom(seed: 99), r2 = SeededRandom(seed: 99)
            for _ in 0..<6 {
                let (labels, moved) = tuned.moveNodes(random: &r1)
                let (plainLabels, plainMoved) = plain.moveNodes(random: &r2)
                #expect(labels == plainLabels, "\(name)")
                #expect(moved == plainMoved, "\(name)")
                #expect(tuned.modularity(labels) == plain.modularity(plainLabels), "\(name)")
                // Moves started from a grouping (the refinement's first step).
                let (again, _) = tuned.moveNodes(random: &r1, from: labels)
                let (plainAgain, _) = plain.moveNodes(random: &r2, from: plainLabels)
                #expect(again == plainAgain, "\(name)")
                guard moved, labels == plainLabels else { break }
                let (nextTuned, map) = tuned.aggregated(by: labels)
                let (nextPlain, plainMap) = plain.aggregated(by: plainLabels)
                #expect(map == plainMap, "\(name)")
                expectSame(nextTuned, nextPlain, name)
                tuned = nextTuned
                plain = nextPlain
            }
        }
    }

    @Test("The whole of Louvain, best of several orders and refined, finds the plain version's groups")
    func communitiesMatch() {
        for (name, graph) in Self.graphs {
            for directed in [true, false] {
                let plain = PlainLouvain.communities(graph, directed: directed, seed: 42, trials: 4)
                #expect(
                    Louvain.communities(graph, directed: directed, seed: 42, trials: 4) == plain, "\(name)")
            }
        }
    }
}

/// `Louvain.communities` written over `PlainLouvainLevel`: the same steps in the same order.
enum PlainLouvain {
    static func communities(_ graph: Digraph, directed: Bool, seed: UInt64, trials: Int) -> [[Int]] {
        let level = PlainLouvainLevel(directed ? graph : graph.symmetrised)
        var random = SeededRandom(seed: seed)
        var best: [Int]? = nil
        var bestQuality = -Double.infinity
        for _ in 0..<trials {
            var trialRandom = SeededRandom(seed: random.next())
            let membership = refined(run(level, random: &trialRandom), on: level, random: &trialRandom)
            let quality = level.modularity(membership)
            if quality > bestQuality + 1e-12 {
                best = membership
                bestQuality = quality
            }
        }
        return Louvain.groups(from: best ?? Array(0..<graph.nodeCount))
    }

    static func refined(_ start: [Int], on level: PlainLouvainLevel, random: inout SeededRandom) -> [Int] {
        var membership = start
        var quality = level.modularity(membership)
        for _ in 0..<32 {
            let (labels, moved) = level.moveNodes(random: &random, from: membership)
            if !moved { break }
            let (aggregate, toGroup) = level.aggregated(by: labels)
            let merged = run(aggregate, random: &random)
            let candidate = (0..<level.nodeCount).map { merged[toGroup[$0]] }
            let candidateQuality = level.modularity(candidate)
            guard candidateQuality > quality + 1e-12 else { break }
            membership = candidate
            quality = candidateQuality
        }
        return membership
    }

    static func run(_ start: PlainLouvainLevel, random: inout SeededRandom) -> [Int] {
        var level = start
        var membership = Array(0..<start.nodeCount)
        while true {
            let (labels, moved) = level.moveNodes(random: &random)
            if !moved { break }
            let (aggregate, renumbered) = level.aggregated(by: labels)
            if aggregate.nodeCount == level.nodeCount { break }
            for v in 0..<membership.count { membership[v] = renumbered[membership[v]] }
            level = aggregate
            if level.nodeCount <= 1 { break }
        }
        return membership
    }
}
