import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntGraph

/// `knooppunt analyse FILE.csv`: the network metrics of an edge list, for a coach who has survey data in
/// a spreadsheet, and for checking our figures against other tools. The reading and the report live in
/// KnooppuntExchange (CSVReader, EdgeList, AnalyseReport), the figures in KnooppuntGraph
/// (NetworkMetrics); this type only touches the file and the terminal.
struct AnalyseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("analyse", \.helpAnalyse, discussion: \.helpAnalyseDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(\.helpAnalyseFile)) var file: String

    @Flag(help: ArgumentHelp(\.helpAnalyseUndirected)) var undirected = false

    @Flag(help: ArgumentHelp(\.helpAnalyseJson)) var json = false

    @Option(help: ArgumentHelp(\.helpAnalyseTopic)) var topic: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            fail(say.cliAnalyseCannotRead(file: file))
        }
        let edges: EdgeList
        do {
            edges = try EdgeList(csv: [UInt8](data))
        } catch {
            fail("\(file): \(error.text(say))")
        }
        if let topic {
            guard edges.hasTopicColumn else {
                fail(say.cliAnalyseNoTopicColumn(file: file, topic: topic))
            }
            guard edges.topics.contains(topic) else {
                fail(
                    say.cliAnalyseNoTopic(
                        file: file, topic: topic, topics: edges.topics.joined(separator: ", ")))
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
        TerminalOutput.standardError(say.cliErrorPrefix + sentence + "\n")
        Foundation.exit(2)
    }
}
