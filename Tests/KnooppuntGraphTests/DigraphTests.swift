import Testing
@testable import KnooppuntGraph

@Suite struct DigraphTests {
    @Test func dropsSelfLoopsAndDuplicates() {
        let g = Digraph(nodeCount: 3, edges: [(0, 1), (0, 1), (1, 1), (2, 0)])
        #expect(g.edgeCount == 2)
        #expect(g.hasEdge(0, 1) && !g.hasEdge(1, 0))
        #expect(g.predecessors[0] == [2])
    }
}
