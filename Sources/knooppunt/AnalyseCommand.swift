import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntGraph

/// `knooppunt analyse FILE.csv`: the network metrics of an edge list, for a coach who has survey data in
/// a spreadsheet, and for checking our figures against other tools. The reading and the report live in
/// KnooppuntExchange (CSVReader, EdgeList, AnalyseReport), the figures in KnooppuntGraph
/// (NetworkMetrics); this type only touches the file and the terminal.
struct AnalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Print the network metrics of an edge list (CSV with the columns source and target).",
        discussion: """
            The file is CSV with a header row naming the columns source and target (or bron and doel, van \
            and naar; any order), optionally topic (onderwerp) and weight (gewicht). It is read as \
            knooppunt import survey reads files: comma, semicolon or tab separated; UTF-8 (with or without \
            a byte order mark), UTF-16 or Windows-1252. Every row is one tie from source to target; names \
            are the people. \
            Figures: hechtheid (density), wederkerigheid (reciprocity), components, isolates, subgroups \
            (Louvain, fixed seed) with their modularity, and per person in- and out-degree, betweenness and \
            role. A faulty file gives one line naming the line of the file, and exit status 2.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: "The edge list: a CSV file with a header row naming source and target (or bron and doel).")
    var file: String

    @Flag(help: "Read ties as undirected links instead of directed choices.")
    var undirected = false

    @Flag(help: "Print the figures as one JSON object instead of text.")
    var json = false

    @Option(help: "Only use the rows whose topic column is this topic; everyone in the file stays a node.")
    var topic: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            fail(say.analyseCannotRead(file))
        }
        let edges: EdgeList
        do {
            edges = try EdgeList(csv: [UInt8](data))
        } catch {
            fail("\(file): \(error.description)")
        }
        if let topic {
            guard edges.hasTopicColumn else {
                fail(say.analyseNoTopicColumn(file, topic: topic))
            }
            guard edges.topics.contains(topic) else {
                fail(say.analyseNoTopic(topic, file: file, topics: edges.topics.joined(separator: ", ")))
            }
        }
        let metrics = NetworkMetrics.compute(edges.graph(topic: topic), directed: !undirected)
        let output =
            json
            ? AnalyseReport.json(metrics) + "\n"
            : AnalyseReport.text(metrics, english: global.language == .en, topic: topic)
        TerminalOutput.standardOutput(output)
    }

    /// One line on stderr, exit status 2: the input is wrong, not the program.
    private func fail(_ sentence: String) -> Never {
        TerminalOutput.standardError(say.errorPrefix + sentence + "\n")
        Foundation.exit(2)
    }
}
