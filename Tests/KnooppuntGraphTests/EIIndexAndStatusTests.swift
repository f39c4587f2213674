import Testing

@testable import KnooppuntGraph

@Suite struct EIIndexTests {
    /// Groups: 0 and 1 in group 0, 2 in group 1, 3 unknown. Ties 0→1 (inside), 0→2 and 2→0 (across),
    /// 1→3 (unknown end, not counted).
    static let graph = Digraph(nodeCount: 4, edges: [(0, 1), (0, 2), (2, 0), (1, 3)])
    static let groups: [Int?] = [0, 0, 1, nil]

    @Test func directedCountsEveryChoice() {
        let ei = EIIndex.compute(Self.graph, group: Self.groups, directed: true)
        #expect(ei == EIIndex(external: 2, internal: 1))
        #expect(ei.value == 1.0 / 3.0)
    }

    @Test func undirectedCountsEveryPairOnce() {
        let ei = EIIndex.compute(Self.graph, group: Self.groups, directed: false)
        #expect(ei == EIIndex(external: 1, internal: 1))
        #expect(ei.value == 0)
    }

    @Test func withoutKnownTiesTheIndexIsUndefined() {
        let ei = EIIndex.compute(Self.graph, group: [nil, nil, nil, nil])
        #expect(ei.value == nil)
    }

    @Test func metricsCarryOneIndexPerAttribute() {
        let m = NetworkMetrics.compute(Self.graph, groups: ["bouw": Self.groups, "vak": [1, 2, 3, 4]])
        #expect(m.eiIndex["bouw"]?.value == 1.0 / 3.0)
        #expect(m.eiIndex["vak"]?.value == 1.0)  // everyone in a group of their own: all ties cross
    }
}

@Suite struct SociometricStatusTests {
    /// Ten people. Liked most (received): 0 gets 6, 3 gets 5, 4…9 get 2 each, 1 and 2 none.
    /// Liked least: 1 gets 6, 3 gets 5, 4…9 get 1 each, 0 and 2 none.
    /// Worked out (population z): 0 has zSP 2.02 → popular; 1 zSP −2.40 → rejected;
    /// 2 zSI −1.57 with zLM, zLL < 0 → neglected; 3 zSI 2.33 → controversial; 4…9 average.
    @Test func theFourStatusesAndAverage() {
        var positive: [(Int, Int)] = (4..<10).map { ($0, 0) } + (4..<9).map { ($0, 3) }
        positive += (4..<10).flatMap { [(0, $0), (1, $0)] }
        var negative: [(Int, Int)] = (4..<10).map { ($0, 1) } + (4..<9).map { ($0, 3) }
        negative += (4..<10).map { (0, $0) }
        let scores = SociometricStatus.classify(
            positive: Digraph(nodeCount: 10, edges: positive),
            negative: Digraph(nodeCount: 10, edges: negative))
        #expect(scores.map(\.likedMost) == [6, 0, 0, 5, 2, 2, 2, 2, 2, 2])
        #expect(scores.map(\.likedLeast) == [0, 6, 0, 5, 1, 1, 1, 1, 1, 1])
        #expect(
            scores.map(\.status)
                == [.popular, .rejected, .neglected, .controversial] + Array(repeating: .average, count: 6))
        #expect(abs(scores[0].preference - 2.016) < 0.001)
        #expect(abs(scores[2].impact - -1.571) < 0.001)
    }

    @Test func withoutNegativeChoicesNobodyIsRejectedOrControversial() {
        let positive = Digraph(nodeCount: 4, edges: [(1, 0), (2, 0), (3, 0), (0, 1)])
        let scores = SociometricStatus.classify(
            positive: positive, negative: Digraph(nodeCount: 4, edges: []))
        #expect(!scores.contains { $0.status == .rejected || $0.status == .controversial })
        #expect(scores.allSatisfy { $0.zLikedLeast == 0 })
    }
}

@Suite struct MetricsComparisonTests {
    /// Before: a mutual star with B in the centre (B central: degree 8 ≥ mean 3.2 + sd 2.4; the star
    /// stays one subgroup, so B is no broker). After: only A ↔ B remains and F joins without ties.
    @Test func aRepeatMeasurementShowsNewIsolatesAndChangedRoles() {
        let star = ["A", "C", "D", "E"].flatMap { [($0, "B"), ("B", $0)] }
        let before = NetworkMetrics.compute(LabelledGraph(names: ["A", "B", "C", "D", "E"], ties: star))
        let after = NetworkMetrics.compute(
            LabelledGraph(names: ["A", "B", "C", "D", "E", "F"], ties: [("A", "B"), ("B", "A")]))
        let change = MetricsComparison(before: before, after: after)
        #expect(before.roles == [.peripheral, .central, .peripheral, .peripheral, .peripheral])
        #expect(change.newIsolates == ["C", "D", "E", "F"])
        #expect(change.joined == ["F"])
        #expect(change.left.isEmpty)
        #expect(
            change.roleChanges == [
                .init(name: "B", before: .central, after: .peripheral),
                .init(name: "C", before: .peripheral, after: .isolated),
                .init(name: "D", before: .peripheral, after: .isolated),
                .init(name: "E", before: .peripheral, after: .isolated),
            ])
        #expect(abs(change.densityChange - (2.0 / 30.0 - 8.0 / 20.0)) < 1e-12)
        #expect(change.reciprocityChange == 0)
        #expect(change.tieChange == -6)
    }
}
