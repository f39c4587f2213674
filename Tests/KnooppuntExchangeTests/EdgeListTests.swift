import KnooppuntExchange
import KnooppuntGraph
import Testing

@Suite struct EdgeListTests {
    func parse(_ text: String) throws(CSVError) -> EdgeList {
        try EdgeList(csv: Array(text.utf8))
    }

    /// The line of the fault: .none when the file is accepted, .some(nil) for a fault of the whole file.
    func problemLine(_ bytes: [UInt8]) -> Int?? {
        do {
            _ = try EdgeList(csv: bytes)
            return .none
        } catch {
            return .some(error.line)
        }
    }

    func problemLine(_ text: String) -> Int?? { problemLine(Array(text.utf8)) }

    @Test func readsQuotedNamesInAnyColumnOrderWithBOMAndCRLF() throws {
        let text =
            "\u{FEFF}target,extra,source\r\n\"Zoë, de Vries\",x,Anaïs\r\nAnaïs,\"say \"\"hi\"\"\",Zoë, de Vries\r\n"
        // The second data row has four fields; fix it to be valid and check both parts separately.
        #expect(problemLine(text) == .some(3))
        let valid =
            "\u{FEFF}target,extra,source\r\n\"Zoë, de Vries\",x,Anaïs\r\nAnaïs,\"say \"\"hi\"\"\",\"Zoë, de Vries\"\r\n"
        let list = try parse(valid)
        #expect(list.names == ["Anaïs", "Zoë, de Vries"])
        #expect(list.rows.map { [$0.source, $0.target] } == [[0, 1], [1, 0]])
        #expect(list.rows.map(\.line) == [2, 3])
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

    @Test func aQuotedLineBreakStaysInOneRowAndCountsAsALine() throws {
        #expect(problemLine("source,target\n\"A\nB\",C\nD,\n") == .some(4))
        let list = try parse("source,target\n\"A\nB\",C\n")
        #expect(list.names == ["A\nB", "C"])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        #expect(problemLine("source,target\nA,B\n\nC,\n") == .some(4))
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
            ("source,goal\nA,B\n", 1, "no target column"),
            ("target\nA\n", 1, "no source column"),
            ("bron;doel;source\nA;B;C\n", 1, "source column twice ('bron' and 'source')"),
            ("source,target,source\nA,B,C\n", 1, "twice"),
            ("source,target\nA,B\nB,C,D\n", 3, "3 fields but the header has 2"),
            ("source,target\nA\n", 2, "1 field but the header has 2"),
            ("source,target,weight\nA,B,1\nB,C,veel\n", 3, "weight 'veel'"),
            ("source,target,weight\nA,B,-1\n", 2, "weight '-1'"),
            ("source,target,weight\nA,B,nan\n", 2, "weight 'nan'"),
            ("source,target\nA,B\nB,\"C\n", 3, "never closed"),
            ("source,target\nA,B\"x\"\n", 2, "quote"),
            ("source,target\n\"A\"x,B\n", 2, "after its closing quote"),
            ("source,target\nA,B\nC,C\n", 3, "themselves"),
        ] as [(String, Int, String)])
    func badRowsAreNamed(_ text: String, _ row: Int, _ words: String) {
        do {
            _ = try parse(text)
            Issue.record("accepted: \(text.debugDescription)")
        } catch {
            #expect(error.line == row, "\(error)")
            #expect(error.description.hasPrefix("line \(row): "))
            #expect(error.description.contains(words), "\(error)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func dutchHeadersSemicolonsAndABOMAreReadAsTheSurveyImportReadsThem() throws {
        let dutch = try EdgeList(
            csv: [0xEF, 0xBB, 0xBF] + Array("Bron;Doel;Onderwerp;Gewicht\r\nAnaïs;Bo;zorg;2\r\n".utf8))
        #expect(dutch.names == ["Anaïs", "Bo"])
        #expect(dutch.topics == ["zorg"] && dutch.rows.map(\.weight) == [2])
        #expect(try parse("van\tnaar\nA\tB\n").names == ["A", "B"])
        #expect(try parse("SOURCE, Target\nA,B\n").names == ["A", "B"])
    }

    @Test func windows1252NamesAreReadAsTheirLetters() throws {
        // "Noël" as Excel on a Dutch Windows saves it: ë is the single byte 0xEB.
        let bytes = Array("bron;doel\nNo".utf8) + [0xEB] + Array("l;Bo\n".utf8)
        #expect(try EdgeList(csv: bytes).names == ["Noël", "Bo"])
    }

    @Test func anEmptyFileHasNoLineButOneSentence() {
        do {
            _ = try parse("")
            Issue.record("empty file accepted")
        } catch {
            #expect(error.line == nil)
            #expect(error.description.contains("empty"))
        }
    }
}
