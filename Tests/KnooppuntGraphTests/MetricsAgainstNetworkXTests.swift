import KnooppuntGraph
import Testing

/// Every figure of `NetworkMetrics` beside NetworkX's on graphs generated here (ReferenceCase):
/// counts exactly, real numbers within 1e-9, Louvain modularity at least NetworkX's minus 0.02.
@Suite(
    .enabled(
        if: NetworkXReference.available,
        "needs python3 with networkx (prints a loud SKIPPING line when missing)"))
struct MetricsAgainstNetworkXTests {
    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    func pair(_ c: ReferenceCase) throws -> (NetworkMetrics, NetworkXReference.Figures) {
        let reference = try NetworkXReference.figures.get()
        let theirs = try #require(reference[c.name], "NetworkX gave no figures for \(c.name)")
        return (NetworkXReference.ours[c.name]!, theirs)
    }

    @Test(arguments: ReferenceCase.all)
    func countsMatch(_ c: ReferenceCase) throws {
        let (ours, theirs) = try pair(c)
        #expect(ours.nodes == theirs.nodes)
        #expect(ours.ties == theirs.ties)
        #expect(ours.inDegree == theirs.inDegree)
        #expect(ours.outDegree == theirs.outDegree)
        #expect(ours.isolates == theirs.isolates)
        if let mutual = theirs.mutual { #expect(ours.mutualTies == mutual) }
    }

    @Test(arguments: ReferenceCase.all)
    func densityAndReciprocityMatch(_ c: ReferenceCase) throws {
        let (ours, theirs) = try pair(c)
        #expect(Self.close(ours.density, theirs.density), "density \(ours.density) vs \(theirs.density)")
        if let reciprocity = theirs.reciprocity {
            #expect(
                Self.close(ours.reciprocity, reciprocity), "reciprocity \(ours.reciprocity) vs \(reciprocity)"
            )
        } else if c.directed {
            // NetworkX refuses an empty graph; ours is documented as 0 there.
            #expect(ours.ties == 0 && ours.reciprocity == 0)
        } else {
            // NetworkX refuses undirected graphs; ours: every link is mutual.
            #expect(ours.reciprocity == (ours.ties > 0 ? 1 : 0))
        }
    }

    @Test(arguments: ReferenceCase.all)
    func betweennessMatches(_ c: ReferenceCase) throws {
        let (ours, theirs) = try pair(c)
        try #require(ours.betweenness.count == theirs.betweenness.count)
        for v in 0..<ours.nodes {
            #expect(
                Self.close(ours.betweenness[v], theirs.betweenness[v]),
                "node \(v): \(ours.betweenness[v]) vs \(theirs.betweenness[v])")
        }
    }

    @Test(arguments: ReferenceCase.all)
    func componentsMatch(_ c: ReferenceCase) throws {
        let (ours, theirs) = try pair(c)
        #expect(ours.componentCount == theirs.components.count)
        #expect(ours.components.sorted { $0.lexicographicallyPrecedes($1) } == theirs.components)
    }

    @Test(arguments: ReferenceCase.all)
    func constraintMatches(_ c: ReferenceCase) throws {
        let (ours, theirs) = try pair(c)
        try #require(ours.constraint.count == theirs.constraint.count)
        for v in 0..<ours.nodes {
            switch (ours.constraint[v], theirs.constraint[v]) {
            case (nil, nil): break
            case (let a?, let b?): #expect(Self.close(a, b), "node \(v): \(a) vs \(b)")
            case (let a, let b):
                Issue.record("node \(v): constraint \(String(describing: a)) vs \(String(describing: b))")
            }
        }
    }

    @Test(arguments: ReferenceCase.all)
    func modularityIsNetworkXsAndAsGoodAsTheirLouvain(_ c: ReferenceCase) throws {
        let (ours, theirs) = try pair(c)
        // A partition: everyone exactly once.
        #expect(ours.communities.flatMap { $0 }.sorted() == Array(0..<ours.nodes))
        guard let scored = theirs.ourModularity, let louvain = theirs.louvainModularity else {
            #expect(ours.modularity == 0, "no ties: modularity is defined as 0")
            return
        }
        #expect(
            Self.close(ours.modularity, scored),
            "our modularity \(ours.modularity), NetworkX scores it \(scored)")
        #expect(ours.modularity >= louvain - 0.02, "ours \(ours.modularity), NetworkX Louvain \(louvain)")
    }
}
