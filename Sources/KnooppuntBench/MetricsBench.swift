import Foundation
import KnooppuntGraph

/// `KnooppuntBench metrics`: our network metrics beside NetworkX and python-igraph on the same
/// generated graphs (bench/metrics_reference.py does the Python side), compute time only, as ratios
/// ours/theirs (below 1: we are faster). The graphs are directed, seeded, with about ten ties per
/// node, most of them inside groups of about twenty people, like a school of sections.
enum MetricsBench {
    static let sizes = [100, 1_000, 5_000]
    static let figures = ["density", "reciprocity", "components", "betweenness", "louvain", "louvain-1"]

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run() {
        let started = ContinuousClock.now
        print(
            "Metrics bench: ours vs NetworkX and igraph (milliseconds, best of several runs; ratio = ours / theirs)"
        )
        print(
            "Times are processor time of the computing thread on both sides, so that other work on a shared"
        )
        print("machine does not count (wall-clock times there varied by a factor 2 to 4 between runs).")
        print("Graphs: directed, about 10 ties per node, seed 2026. Compute time only, loading excluded.")
        var igraphMissing = false
        for n in sizes {
            let graph = generate(n, seed: 2026)
            let file = FileManager.default.temporaryDirectory
                .appendingPathComponent("knooppunt-bench-\(n)-\(getpid()).txt")
            let text = graph.edges.map { "\($0.0) \($0.1)" }.joined(separator: "\n") + "\n"
            do {
                try text.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                print("cannot write \(file.path): \(error)")
                return
            }
            defer { try? FileManager.default.removeItem(at: file) }

            let ours = measureOurs(graph)
            let reference = runReference(file: file.path, n: n)
            let nx = reference?["networkx"] as? [String: Any]
            let ig = reference?["igraph"] as? [String: Any]
            if reference != nil && ig == nil { igraphMissing = true }
            print("")
            print("n = \(n), ties = \(graph.edgeCount)")
            print(header)
            for figure in figures {
                let mine = ours[figure]!
                // Both Louvain rows compare with the reference tools' single run.
                let key = figure == "louvain-1" ? "louvain" : figure
                let theirs = (nx?[key] as? [Any])?.first as? Double
                let theirsIg = (ig?[key] as? [Any])?.first as? Double
                let line =
                    pad(figure, 13) + pad(ms(mine.ms), 11) + pad(theirs.map(ms) ?? "-", 12)
                    + pad(theirs.map { ratio(mine.ms, $0) } ?? "-", 10) + pad(theirsIg.map(ms) ?? "-", 11)
                    + pad(theirsIg.map { ratio(mine.ms, $0) } ?? "-", 10)
                    + "ours \(value(mine.value)) / nx \(value((nx?[key] as? [Any])?.last))"
                    + (ig == nil ? "" : " / ig \(value((ig?[key] as? [Any])?.last))")
                print(line)
            }
        }
        if igraphMissing { print("\nigraph: not installed (pip install python-igraph)") }
        let elapsed = ContinuousClock.now - started
        print("\nWhole metrics bench: \(elapsed.components.seconds) s.")
        print(
            "Louvain: ours keeps the best of 2 seeded orders beyond 500 people, 4 up to 500 and 64 up to 60 (louvain-1: one order), on directed modularity;"
        )
        print(
            "NetworkX runs once on directed modularity, igraph once on the undirected view (it has no directed"
        )
        print(
            "Louvain). The last column shows modularity (Louvain), the maximum normalised betweenness, or the figure."
        )
    }

    static let header =
        pad("figure", 13) + pad("ours ms", 11) + pad("networkx ms", 12) + pad("ratio", 10)
        + pad("igraph ms", 11)
        + pad("ratio", 10) + "same result?"

    /// About ten choices per person, 80 % inside the person's group of twenty.
    static func generate(_ n: Int, seed: UInt64) -> Digraph {
        var random = SeededRandom(seed: seed &+ UInt64(n))
        var edges: [(Int, Int)] = []
        edges.reserveCapacity(n * 10)
        let groupSize = 20
        for a in 0..<n {
            let groupStart = (a / groupSize) * groupSize
            let groupEnd = min(n, groupStart + groupSize)
            for _ in 0..<10 {
                let b: Int
                if random.nextUnit() < 0.8 && groupEnd - groupStart > 1 {
                    b = groupStart + Int(random.next() % UInt64(groupEnd - groupStart))
                } else {
                    b = Int(random.next() % UInt64(n))
                }
                if b != a { edges.append((a, b)) }
            }
        }
        return Digraph(nodeCount: n, edges: edges)
    }

    struct Measured {
        var ms: Double
        var value: Double
    }

    static func measureOurs(_ graph: Digraph) -> [String: Measured] {
        let n = graph.nodeCount
        let small = n <= 1000 ? 5 : 3
        var result = [String: Measured]()
        result["density"] = best(small) {
            let m = graph.edgeCount
            return n < 2 ? 0 : Double(m) / (Double(n) * Double(n - 1))
        }
        result["reciprocity"] = best(small) {
            Double(2 * graph.mutualPairCount) / Double(max(1, graph.edgeCount))
        }
        result["components"] = best(small) { Double(WeakComponents.compute(graph).count) }
        result["betweenness"] = best(n > 1000 ? 1 : 3) { Betweenness.compute(graph).max() ?? 0 }
        // What the product does (best of 64, 4 or 2 seeded orders by size), and one order like NetworkX and igraph.
        result["louvain"] = best(3) {
            Louvain.modularity(graph, communities: Louvain.communities(graph, seed: 42))
        }
        result["louvain-1"] = best(3) {
            Louvain.modularity(graph, communities: Louvain.communities(graph, seed: 42, trials: 1))
        }
        return result
    }

    static func best(_ repeats: Int, _ work: () -> Double) -> Measured {
        var bestMs = Double.infinity
        var value = 0.0
        for _ in 0..<repeats {
            let start = LayoutBench.threadCPUMilliseconds()
            value = work()
            bestMs = min(bestMs, LayoutBench.threadCPUMilliseconds() - start)
        }
        return Measured(ms: bestMs, value: value)
    }

    static func runReference(file: String, n: Int) -> [String: Any]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", repositoryRoot.appendingPathComponent("bench/metrics_reference.py").path, file, "\(n)",
        ]
        let out = Pipe()
        process.standardOutput = out
        do {
            try process.run()
        } catch {
            print("python3 not found: \(error); NetworkX figures missing")
            return nil
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            print("the reference script failed (is networkx installed? pip install networkx)")
            return nil
        }
        return object
    }

    static func ms(_ x: Double) -> String {
        x >= 100 ? String(format: "%.0f", x) : x >= 1 ? String(format: "%.2f", x) : String(format: "%.4f", x)
    }

    static func ratio(_ ours: Double, _ theirs: Double) -> String {
        theirs > 0 ? String(format: "%.3g", ours / theirs) : "-"
    }

    static func value(_ x: Any?) -> String {
        guard let d = x as? Double else { return (x as? Int).map(String.init) ?? "-" }
        return String(format: "%.6g", d)
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
