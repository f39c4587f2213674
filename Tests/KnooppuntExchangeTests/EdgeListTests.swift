import KnooppuntExchange
import KnooppuntGraph
import Testing

@Suite struct EdgeListTests {
    func parse(_ text: String) throws(EdgeListError) -> EdgeList {
        try EdgeList(csv: Array(text.utf8))
    }

    func problemRow(_ bytes: [UInt8]) -> Int?? {
        do {
            _ = try EdgeList(csv: bytes)
            return .none
        } catch {
            return .some(error.row)
        }
    }

    func problemRow(_ text: String) -> Int?? { problemRow(Array(text.utf8)) }

    @Test func readsQuotedNamesInAnyColumnOrderWithBOMAndCRLF() throws {
        let text =
            "\u{FEFF}target,extra,source\r\n\"Zoë, de Vries\",x,Anaïs\r\nAnaïs,\"say \"\"hi\"\"\",Zoë, de Vries\r\n"
        // The second data row has four fields; fix it to be valid and check both parts separately.
        #expect(problemRow(text) == .some(3))
        let valid =
            "\u{FEFF}target,extra,source\r\n\"Zoë, de Vries\",x,Anaïs\r\nAnaïs,\"say \"\"hi\"\"\",\"Zoë, de Vries\"\r\n"
        let list = try parse(valid)
        #expect(list.names == ["Anaïs", "Zoë, de Vries"])
        #expect(list.rows.map { [$0.source, $0.target] } == [[0, 1], [1, 0]])
        #expect(list.rows.map(\.rowNumber) == [2, 3])
        #expect(list.graph().graph.mutualPairCount == 1)
    }

    @Test func topicsAndWeightsAreOptionalColumns() throws {
        let list = try parse("source,target,topic,weight\nA,B,zorg,2\nB,C,didactiek,\nC,A,zorg,0.5\n")
        #expect(list.topics == ["zorg", "didactiek"])
        #expect(list.rows.map(\.weight) == [2, 1, 0.5])
        let zorg = list.graph(topic: "zorg")
        #expect(zorg.names == ["A", "B", "C"])  // everyone stays a node
        #expect(zorg.graph.edgeCount == 2 && zorg.graph.hasEdge(2, 0) && !zorg.graph.hasEdge(1, 2))
    }

    @Test func aQuotedLineBreakStaysInOneRow() throws {
        #expect(problemRow("source,target\n\"A\nB\",C\nD,\n") == .some(3))
        let list = try parse("source,target\n\"A\nB\",C\n")
        #expect(list.names == ["A\nB", "C"])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        #expect(problemRow("source,target\nA,B\n\nC,\n") == .some(4))
        #expect(try parse("source,target\nA,B\n\n\nB,C").rows.count == 2)
    }

    @Test func spacesAroundNamesAreTrimmed() throws {
        #expect(try parse("source , target\n Anna ,Bert\n").names == ["Anna", "Bert"])
    }

    @Test(
        arguments: [
            ("source,target\nA,B\nB,\n", 3, "target is empty"),
            ("source,target\nA,B\n,C\n", 3, "source is empty"),
            ("source,target\nA,B\nB,  \n", 3, "target is empty"),
            ("source,goal\nA,B\n", 1, "no 'target' column"),
            ("target\nA\n", 1, "no 'source' column"),
            ("source,target,source\nA,B,C\n", 1, "twice"),
            ("source,target\nA,B\nB,C,D\n", 3, "3 fields but the header has 2"),
            ("source,target\nA\n", 2, "1 field but the header has 2"),
            ("source,target,weight\nA,B,1\nB,C,veel\n", 3, "weight 'veel'"),
            ("source,target,weight\nA,B,-1\n", 2, "weight '-1'"),
            ("source,target,weight\nA,B,nan\n", 2, "weight 'nan'"),
            ("source,target\nA,B\nB,\"C\n", 3, "never closed"),
            ("source,target\nA,B\"x\"\n", 2, "quote"),
            ("source,target\n\"A\"x,B\n", 2, "after the closing quote"),
            ("source,target\nA,B\nC,C\n", 3, "themselves"),
        ] as [(String, Int, String)])
    func badRowsAreNamed(_ text: String, _ row: Int, _ words: String) {
        do {
            _ = try parse(text)
            Issue.record("accepted: \(text.debugDescription)")
        } catch {
            #expect(error.row == row, "\(error)")
            #expect(error.description.hasPrefix("row \(row): "))
            #expect(error.description.contains(words), "\(error)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func invalidUTF8IsNamedWithItsRow() {
        var bytes = Array("source,target\nA,B\nC,".utf8)
        bytes += [0xC3, 0x28]  // a broken two-byte sequence
        bytes += Array("\n".utf8)
        #expect(problemRow(bytes) == .some(3))
        // Latin-1 "ë" (0xEB) in an ignored column still counts as wrong encoding.
        let latin1 = Array("source,target,note\nA,B,".utf8) + [0xEB] + Array("\n".utf8)
        #expect(problemRow(latin1) == .some(2))
    }

    @Test func anEmptyFileHasNoRowButOneSentence() {
        do {
            _ = try parse("")
            Issue.record("empty file accepted")
        } catch {
            #expect(error.row == nil)
            #expect(error.description.contains("empty"))
        }
    }
}

@Suite struct AnalyseReportTests {
    /// A mutual star (Bo in the centre, with Anaïs, Cees, Dié) and apart from it Eef → Fien.
    /// Worked out: 7 ties of 30 possible; 6 of 7 ties have their reverse; two components; Bo lies on the
    /// 6 ordered paths between the three others: 6 × 1/(5·4), the same double NetworkX's arithmetic gives
    /// (0.30000000000000004). The best split is {star}, {Eef, Fien}: any split of the star lowers
    /// modularity, Q = (6/7 − (6/7)²) + (1/7 − (1/7)²) = 12/49. Bo has the highest betweenness and
    /// lowest constraint but all neighbours in one group, degree 6 ≥ mean 2.33 + sd 1.70: central;
    /// everyone else has one neighbour: peripheral.
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
}
