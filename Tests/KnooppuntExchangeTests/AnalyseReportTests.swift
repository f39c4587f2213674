import KnooppuntExchange
import KnooppuntGraph
import KnooppuntModel
import Testing

@Suite struct AnalyseReportTests {
    /// A mutual star (Bo in the centre, with Anaïs, Cees, Dié) and apart from it Eef → Fien.
    /// Worked out: 7 ties of 30 possible; 6 of 7 ties have their reverse; two components; Bo lies on the
    /// 6 ordered paths between the three others: 6 × 1/(5·4), the same double NetworkX's arithmetic gives
    /// (0.30000000000000004). The best split is {star}, {Eef, Fien}: any split of the star lowers
    /// modularity, Q = (6/7 − (6/7)²) + (1/7 − (1/7)²) = 12/49, below 0.3: no subgroups are named, so
    /// nobody is a broker. Bo's prominence (3 received + 3 mutual) 6 ≥ mean 2.17 + sd 1.86: central;
    /// everyone else has one neighbour (mean 1.33, limit 1): peripheral.
    @Test func jsonHasTheAgreedShapeAndOrder() throws {
        let bo = "Bo \"B\""
        let graph = LabelledGraph(ties: [
            ("Anaïs", bo), (bo, "Anaïs"), (bo, "Cees"), ("Cees", bo), (bo, "Dié"), ("Dié", bo),
            ("Eef", "Fien"),
        ])
        let json = AnalyseReport.json(NetworkMetrics.compute(graph))
        let head =
            #"{"nodes":6,"ties":7,"density":0.23333333333333334,"reciprocity":0.8571428571428571,"#
            + #""components":2,"isolates":[],"modularity":"#
        let tail =
            #","communities":[["Anaïs","Bo \"B\"","Cees","Dié"],["Eef","Fien"]],"actors":["#
            + #"{"id":"Anaïs","inDegree":1,"outDegree":1,"betweenness":0,"role":"peripheral"},"#
            + #"{"id":"Bo \"B\"","inDegree":3,"outDegree":3,"betweenness":0.30000000000000004,"role":"central"},"#
            + #"{"id":"Cees","inDegree":1,"outDegree":1,"betweenness":0,"role":"peripheral"},"#
            + #"{"id":"Dié","inDegree":1,"outDegree":1,"betweenness":0,"role":"peripheral"},"#
            + #"{"id":"Eef","inDegree":0,"outDegree":1,"betweenness":0,"role":"peripheral"},"#
            + #"{"id":"Fien","inDegree":1,"outDegree":0,"betweenness":0,"role":"peripheral"}]}"#
        #expect(json.hasPrefix(head), "\(json)")
        #expect(json.hasSuffix(tail), "\(json)")
        let number = json.dropFirst(head.count).dropLast(tail.count)
        let modularity = try #require(Double(String(number)), "modularity field: \(number)")
        #expect(abs(modularity - 12.0 / 49.0) < 1e-12)
    }

    @Test func undirectedDegreesAreNeighbourCounts() {
        let graph = LabelledGraph(ties: [("A", "B"), ("B", "A"), ("B", "C")])
        let m = NetworkMetrics.compute(graph, directed: false)
        #expect(m.ties == 2 && m.density == 2.0 / 3.0 && m.reciprocity == 1)
        #expect(m.inDegree == [1, 2, 1] && m.outDegree == [1, 2, 1])
        #expect(m.betweenness == [0, 1, 0])  // B on both ordered paths A–C, C–A, divided by 2
    }

    @Test func controlCharactersInNamesAreEscapedInJSONAndReplacedInText() {
        let graph = LabelledGraph(ties: [("A\u{1B}[31m", "B")])
        let m = NetworkMetrics.compute(graph)
        #expect(AnalyseReport.json(m).contains(#""A\u001b[31m""#))
        #expect(!AnalyseReport.text(m).contains("\u{1B}"))
    }

    @Test func textUsesDutchLabelsAndExplanations() {
        let graph = LabelledGraph(names: ["A", "B", "C", "D"], ties: [("A", "B"), ("B", "A"), ("B", "C")])
        let text = AnalyseReport.text(NetworkMetrics.compute(graph))
        #expect(text.contains("hechtheid"))
        #expect(text.contains("0,250"))  // 3 of 12 possible ties, Dutch decimal comma
        #expect(text.contains("wederkerigheid"))
        #expect(text.contains("geïsoleerd: D"))
        #expect(text.contains(MetricExplanation.isolated.dutch))
    }

    /// One tie is "1 band", not "1 banden".
    @Test func oneTieIsSingular() {
        let text = AnalyseReport.text(NetworkMetrics.compute(LabelledGraph(ties: [("A", "B")])))
        #expect(text.contains("2 personen, 1 band ("), "\(text)")
        let english = AnalyseReport.text(
            NetworkMetrics.compute(LabelledGraph(ties: [("A", "B")])), english: true)
        #expect(english.contains("2 people, 1 tie ("), "\(english)")
    }
}

/// `knooppunt analyse` names who is asked most and who asks most, as the sociogram's figures do.
@Suite struct AnalyseReportLeadersTests {
    @Test func askedMostAndAsksMostAreNamedForChoices() {
        // 0 asks 1, 2 and 3; 2 and 3 also ask 1: 1 is asked by three, 0 asks three.
        let graph = Digraph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3), (2, 1), (3, 1)])
        let metrics = NetworkMetrics.compute(
            graph, names: ["Ans", "Bob", "Cor", "Dirk"], directed: true, groups: [:], seed: 42)
        let text = AnalyseReport.text(metrics)
        #expect(text.contains("meest gevraagd: Bob (3)"))
        #expect(text.contains("vraagt het meest: Ans (3)"))
        // Undirected there is no asking: the lines are left out.
        let undirected = NetworkMetrics.compute(
            graph, names: ["Ans", "Bob", "Cor", "Dirk"], directed: false, groups: [:], seed: 42)
        #expect(!AnalyseReport.text(undirected).contains("meest gevraagd"))
    }
}
