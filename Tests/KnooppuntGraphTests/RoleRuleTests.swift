import KnooppuntGraph
import Testing

/// The role rule of `ActorRole` on small graphs worked out by hand (figures in the comments).
@Suite struct RoleRuleTests {
    /// Triangle-ish group A = {0,1,2}, group B = {4,5,6}, person 3 tied mutually to 0, 1 (A) and 4, 5 (B),
    /// person 7 tied only to 6, person 8 without ties. All ties mutual.
    /// Betweenness in pairs: 3 lies on all 12 paths between {0,1,2} and {4,5,6,7}; next is 6 with 6
    /// (7 to everyone); mean 3.44, sd 3.62, so only 3 exceeds mean + sd. Constraint of 3 = 4 × (1/4 + 1/12)²
    /// = 0.444, the lowest (median of the tied people ≈ 0.81). 3's neighbours lie in two groups.
    static let bridge: Digraph = {
        let pairs = [(0, 1), (0, 2), (1, 2), (3, 0), (3, 1), (3, 4), (3, 5), (4, 5), (4, 6), (5, 6), (6, 7)]
        return Digraph(nodeCount: 9, edges: pairs.flatMap { [($0.0, $0.1), ($0.1, $0.0)] })
    }()

    @Test func theBridgeIsTheBrokerTheTailPeripheralTheLoneOneIsolated() {
        let m = NetworkMetrics.compute(Self.bridge)
        #expect(m.roles[3] == .broker)
        #expect(m.roles[7] == .peripheral)
        #expect(m.roles[8] == .isolated)
        for v in [0, 1, 2, 4, 5, 6] { #expect(m.roles[v] == .member, "person \(v)") }
        #expect(abs(m.constraint[3]! - 4.0 / 9.0) < 1e-12)
        #expect(m.constraint[8] == nil)
        #expect(m.isolates == [8])
    }

    @Test func theCentreOfAMutualStarIsCentralNotABroker() {
        // The centre has the highest betweenness and lowest constraint, but all its neighbours are in
        // one subgroup (a star does not split), so it is central: degree 12 against mean 3.4 + sd 3.5.
        let star = Digraph(nodeCount: 7, edges: (1..<7).flatMap { [(0, $0), ($0, 0)] })
        let m = NetworkMetrics.compute(star)
        #expect(m.communities.count == 1)
        #expect(m.roles == [.central] + Array(repeating: ActorRole.peripheral, count: 6))
    }

    @Test func inACompleteGraphNobodyStandsOut() {
        let complete = Digraph(nodeCount: 5, edges: (0..<5).flatMap { a in (0..<5).map { (a, $0) } })
        let m = NetworkMetrics.compute(complete)
        #expect(m.roles == Array(repeating: ActorRole.member, count: 5))
        #expect(m.density == 1 && m.reciprocity == 1)
    }

    @Test func oneWayTiesStillCountForPeripheryAndIsolation() {
        // 0 → 1 only: both have exactly one neighbour; 2 receives nothing and chooses nobody.
        let m = NetworkMetrics.compute(Digraph(nodeCount: 3, edges: [(0, 1)]))
        #expect(m.roles == [.peripheral, .peripheral, .isolated])
    }
}
