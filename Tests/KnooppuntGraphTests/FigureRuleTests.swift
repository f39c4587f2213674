import KnooppuntGraph
import Testing

/// The figures as the method reads them (docs/DECISIONS.md): periphery relative to the section,
/// centrality from the ties pointing at a person, subgroups only for a clear split, who is asked most.
/// Every expected answer is worked out by hand in the comments.
@Suite struct FigureRuleTests {
    /// 0 asks everybody (0→1, 0→2, 0→3, 0→4); 1 is also asked by 2, 3 and 4; nobody asks 0.
    static let asker = Digraph(
        nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4), (2, 1), (3, 1), (4, 1)])

    @Test func whoAsksEverybodyAndIsAskedByNobodyIsNotCentral() {
        // Prominence = choices received + mutual ties = [0, 4, 1, 1, 1] (no tie is mutual): mean 1,4,
        // sd √1,84 = 1,36, so only 1 (4 ≥ 2,76) is central. The old sum of in and out gave 0 and 1
        // both 4 against mean 2,8 + sd 0,98, and so called the asker central too.
        // Neighbours [4, 4, 2, 2, 2]: mean 2,8, limit ⌊1,4⌋ = 1, so nobody is peripheral; without
        // clear subgroups nobody is a broker.
        let m = NetworkMetrics.compute(Self.asker)
        #expect(m.roles == [.member, .central, .member, .member, .member])
    }

    @Test func askedMostAndAsksMostAreCountedSeparately() {
        let l = ChoiceLeaders(Self.asker)
        #expect(l.askedMost == [1] && l.askedCount == 4)
        #expect(l.asksMost == [0] && l.asksCount == 4)
        // 2 and 3 are each asked by two (0→2, 1→2, 0→3, 1→3): they share the first place; 0 and 1
        // both ask two.
        let shared = ChoiceLeaders(Digraph(nodeCount: 4, edges: [(0, 2), (1, 2), (0, 3), (1, 3)]))
        #expect(shared.askedMost == [2, 3] && shared.askedCount == 2)
        #expect(shared.asksMost == [0, 1] && shared.asksCount == 2)
        let empty = ChoiceLeaders(Digraph(nodeCount: 3, edges: []))
        #expect(empty.askedMost.isEmpty && empty.asksMost.isEmpty && empty.askedCount == 0)
    }

    @Test func aFewTiesArePeripheralOnlyWhereAFewIsLittle() {
        // A path 0-1-2-3-4: neighbours [1, 2, 2, 2, 1], mean 1,6, half 0,8: limit 1.
        #expect(ActorRole.peripheryLimit(neighbourCount: [1, 2, 2, 2, 1]) == 1)
        // Mean 4,5 (see below): half 2,25, limit 2.
        #expect(ActorRole.peripheryLimit(neighbourCount: [6, 6, 6, 5, 5, 5, 2, 1]) == 2)
        // Twenty people tied to ten each: half 5, but "a few" stops at 3.
        #expect(ActorRole.peripheryLimit(neighbourCount: Array(repeating: 10, count: 20)) == 3)
        #expect(ActorRole.peripheryLimit(neighbourCount: [0, 0]) == 1)
    }

    @Test func inACloseKnitSectionTwoTiesIsTheEdge() {
        // Everyone in {0..5} tied mutually to everyone else; 6 tied to 0 and 1, 7 tied to 2 only.
        // Neighbours: 0, 1, 2 have 6; 3, 4, 5 have 5; 6 has 2; 7 has 1: sum 36 over 8, mean 4,5,
        // limit 2. 6 lies on no shortest path (0 and 1 are tied directly), so it is no broker: 6 and 7
        // are both at the edge. In a sparse section 6's two ties would not be.
        var pairs: [(Int, Int)] = []
        for a in 0..<6 { for b in 0..<6 where a < b { pairs.append((a, b)) } }
        pairs += [(6, 0), (6, 1), (7, 2)]
        let m = NetworkMetrics.compute(Digraph(nodeCount: 8, edges: pairs.flatMap { [$0, ($0.1, $0.0)] }))
        #expect(m.roles[6] == .peripheral)
        #expect(m.roles[7] == .peripheral)
        for v in 0..<6 { #expect(m.roles[v] != .peripheral, "person \(v)") }
    }

    @Test func twoTrianglesJoinedByABridgeAreTwoSubgroupsAndTheBridgeEndsBrokers() {
        // {0,1,2} and {3,4,5} each a mutual triangle, 2–3 mutual. Undirected view: 7 ties, each
        // triangle 3 inside and degree sum 7: Q = 2 × (3/7 − (7/14)²) = 0,357 ≥ 0,3, two groups of
        // three. 2 and 3 carry every path between the triangles (betweenness above mean + sd), are
        // least constrained and have neighbours in both groups: brokers.
        let pairs = [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5), (2, 3)]
        let m = NetworkMetrics.compute(Digraph(nodeCount: 6, edges: pairs.flatMap { [$0, ($0.1, $0.0)] }))
        #expect(abs(m.modularity - 5.0 / 14.0) < 1e-9)
        #expect(Set(m.subgroups.map(Set.init)) == [[0, 1, 2], [3, 4, 5]])
        #expect(m.roles[2] == .broker && m.roles[3] == .broker)
    }

    @Test func aSplitIsNamedOnlyWhenItIsClear() {
        // Below 0,3 nothing is named, however many groups.
        #expect(Subgroups.meaningful(communities: [[0, 1], [2, 3]], modularity: 0.29).isEmpty)
        // One group and a loose person: a core, not subgroups.
        #expect(Subgroups.meaningful(communities: [[0, 1, 2], [3]], modularity: 0.5).isEmpty)
        // Two groups of two and a loner: the two groups.
        #expect(
            Subgroups.meaningful(communities: [[0, 1], [2, 3], [4]], modularity: 0.3) == [[0, 1], [2, 3]])
        // A complete graph: one community, modularity 0, no subgroups.
        let complete = Digraph(nodeCount: 4, edges: (0..<4).flatMap { a in (0..<4).map { (a, $0) } })
        #expect(NetworkMetrics.compute(complete).subgroups.isEmpty)
    }
}
