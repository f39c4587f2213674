import Testing

@testable import KnooppuntGraph

@Suite struct DigraphTests {
    @Test func dropsSelfLoopsAndDuplicates() {
        let g = Digraph(nodeCount: 3, edges: [(0, 1), (0, 1), (1, 1), (2, 0)])
        #expect(g.edgeCount == 2)
        #expect(g.hasEdge(0, 1) && !g.hasEdge(1, 0))
        #expect(g.predecessors[0] == [2])
    }

    @Test func neighboursAndTheUndirectedView() {
        // 0 ↔ 1, 0 → 2, 3 → 0, 4 alone.
        let g = Digraph(nodeCount: 5, edges: [(0, 1), (1, 0), (0, 2), (3, 0)])
        #expect(g.neighbours(0) == [1, 2, 3])
        #expect(g.neighbours(4).isEmpty)
        #expect(g.isMutual(0, 1) && !g.isMutual(0, 2))
        #expect(g.mutualPairCount == 1)
        #expect(g.undirectedPairCount == 3)
        let u = g.symmetrised
        #expect(u.edgeCount == 6 && u.hasEdge(2, 0) && u.hasEdge(0, 3))
        #expect(g.reversed.hasEdge(2, 0) && !g.reversed.hasEdge(0, 2))
        #expect(g.subgraph([3, 0]).edges.map { [$0.0, $0.1] } == [[0, 1]])
    }

    @Test func labelledGraphNumbersNamesByFirstAppearance() {
        let g = LabelledGraph(names: ["Zoë"], ties: [("Anaïs", "Noël"), ("Noël", "Anaïs"), ("Zoë", "Noël")])
        #expect(g.names == ["Zoë", "Anaïs", "Noël"])
        #expect(g.graph.hasEdge(1, 2) && g.graph.hasEdge(0, 2))
        #expect(g.index(of: "Noël") == 2)
    }
}

@Suite struct LouvainTests {
    /// Two complete groups of five joined by one tie: the two groups are the communities.
    @Test func findsTwoCliquesJoinedByOneTie() {
        var edges: [(Int, Int)] = []
        for group in [0..<5, 5..<10] {
            for a in group { for b in group where a != b { edges.append((a, b)) } }
        }
        edges.append((4, 5))
        let g = Digraph(nodeCount: 10, edges: edges)
        for directed in [true, false] {
            let communities = Louvain.communities(g, directed: directed)
            #expect(communities == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]])
        }
    }

    @Test func theSameSeedGivesTheSameGroups() {
        let g = ReferenceCase.random(60, 0.08, seed: 5)
        #expect(Louvain.communities(g, seed: 7) == Louvain.communities(g, seed: 7))
        #expect(NetworkMetrics.compute(g) == NetworkMetrics.compute(g))
    }

    @Test func withoutTiesEveryoneIsAlone() {
        let g = Digraph(nodeCount: 3, edges: [])
        #expect(Louvain.communities(g) == [[0], [1], [2]])
        #expect(Louvain.modularity(g, communities: [[0, 1, 2]]) == 0)
    }

    /// Two separate mutual pairs: Q = 2 × (2/4 − (2/4)²) = 0.5 for the pairs, 0 for one group.
    @Test func modularityOfHandWorkedPartitions() {
        let g = Digraph(nodeCount: 4, edges: [(0, 1), (1, 0), (2, 3), (3, 2)])
        #expect(Louvain.modularity(g, communities: [[0, 1], [2, 3]]) == 0.5)
        #expect(Louvain.modularity(g, communities: [[0, 1, 2, 3]]) == 0)
        #expect(Louvain.modularity(g, directed: false, communities: [[0, 1], [2, 3]]) == 0.5)
    }
}
