import Foundation
import KnooppuntGraph

/// NetworkX's figures for every `ReferenceCase`, from one run of Tests/reference/metrics_reference.py
/// (one Python start for all cases keeps the shared CPU free).
enum NetworkXReference {
    struct Figures: Decodable, Sendable {
        var nodes: Int
        var ties: Int
        var density: Double
        var reciprocity: Double?
        var mutual: Int?
        var inDegree: [Int]
        var outDegree: [Int]
        var betweenness: [Double]
        var components: [[Int]]
        var isolates: [Int]
        var constraint: [Double?]
        var louvainModularity: Double?
        var ourModularity: Double?
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether python3 can import networkx. When not, says so loudly: the comparison tests are then
    /// skipped (`.enabled(if:)`), which must never go unnoticed. `make test` installs networkx.
    static let available: Bool = {
        let ok = (try? run(["python3", "-c", "import networkx"]).status) == 0
        if !ok {
            print(
                """
                ********************************************************************************
                SKIPPING the NetworkX comparisons of KnooppuntGraphTests: python3 with networkx is
                not available (install with `pip install networkx` or apt `python3-networkx`).
                ********************************************************************************
                """)
        }
        return ok
    }()

    /// Our metrics for each case, computed once and shared by the tests.
    static let ours: [String: NetworkMetrics] = {
        var result = [String: NetworkMetrics]()
        for c in ReferenceCase.all { result[c.name] = NetworkMetrics.compute(c.graph, directed: c.directed) }
        return result
    }()

    static let figures: Result<[String: Figures], ReferenceFailure> = {
        do {
            let input = ReferenceCase.all.map { c -> [String: Any] in
                [
                    "name": c.name, "n": c.graph.nodeCount, "directed": c.directed,
                    "edges": c.graph.edges.map { [$0.0, $0.1] },
                    "communities": ours[c.name]!.communities,
                ]
            }
            let file = FileManager.default.temporaryDirectory
                .appendingPathComponent("knooppunt-metrics-\(UUID().uuidString).json")
            try JSONSerialization.data(withJSONObject: input).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let script = repositoryRoot.appendingPathComponent("Tests/reference/metrics_reference.py").path
            let (status, output, errors) = try run(["python3", script, file.path])
            guard status == 0 else {
                return .failure(ReferenceFailure(message: "reference script failed: \(errors)"))
            }
            return .success(try JSONDecoder().decode([String: Figures].self, from: output))
        } catch {
            return .failure(ReferenceFailure(message: "\(error)"))
        }
    }()

    struct ReferenceFailure: Error, Sendable { var message: String }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, or a large output would fill the pipe and block the child.
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, String(decoding: errors, as: UTF8.self))
    }
}
