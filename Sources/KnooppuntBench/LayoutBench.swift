import Foundation
import KnooppuntGraph

/// `make bench` (layout): our sociogram layout (stress majorization + label overlap removal in cells) on
/// seeded random graphs of 30, 150 and 500 nodes, beside Graphviz `neato` on the same graphs. Prints
/// time, label overlaps (must be 0), labels without a place, and edge crossings counted the same way
/// for both (straight lines between node positions, `EdgeCrossings`).
enum LayoutBench {
    struct Case {
        var nodes: Int
        var width: Int
        var height: Int
    }

    static let cases = [
        Case(nodes: 30, width: 100, height: 30), Case(nodes: 150, width: 200, height: 60),
        Case(nodes: 500, width: 250, height: 80),
    ]

    static func run() {
        print("Layout bench: stress layout + label placement vs Graphviz neato (same graphs, seed 2026)")
        let neato = findNeato()
        if neato == nil { print("neato: not installed (apt-get install graphviz)") }
        let header = [
            "nodes", "ties", "ours ms", "neato ms", "ratio", "overlaps", "unplaced", "crossings ours",
            "crossings neato", "area",
        ]
        print(header.joined(separator: "\t"))
        for c in cases {
            let graph = generate(c.nodes, seed: 2026 &+ UInt64(c.nodes))
            let widths = labelWidths(c.nodes, seed: 7)
            let clock = ContinuousClock()
            var points: [PlanePoint] = []
            var boxes: [LabelBox?] = []
            // Best of three, as the reference is timed the same way.
            var best = Duration.seconds(1_000)
            for _ in 0..<3 {
                let t = clock.measure {
                    points = StressLayout.layout(graph, seed: 2026)
                    let frame = CellFrame.fitting(
                        points, width: c.width, height: c.height, labelWidth: widths.max() ?? 1)
                    boxes = LabelPlacement.place(
                        centres: points.map { frame.cell($0) }.map { (x: $0.x, y: $0.y) }, widths: widths,
                        width: c.width, height: c.height)
                }
                best = min(best, t)
            }
            let edges = graph.edges
            let ours = EdgeCrossings.count(points, edges: edges)
            var neatoMS = "-", ratio = "-", neatoCrossings = "-"
            if let neato {
                if let (ms, positions) = runNeato(neato, graph: graph) {
                    neatoMS = String(format: "%.1f", ms)
                    ratio = String(format: "%.2f", milliseconds(best) / ms)
                    neatoCrossings = "\(EdgeCrossings.count(positions, edges: edges))"
                } else {
                    neatoMS = "failed"
                }
            }
            let row = [
                "\(c.nodes)", "\(graph.undirectedPairCount)", String(format: "%.1f", milliseconds(best)),
                neatoMS, ratio,
                "\(LabelPlacement.overlapCount(boxes))", "\(boxes.filter { $0 == nil }.count)", "\(ours)",
                neatoCrossings,
                "\(c.width)x\(c.height)",
            ]
            print(row.joined(separator: "\t"))
        }
        print(
            "ratio = ours / neato (below 1: we are faster); neato time includes starting the process (best of 3)."
        )
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    /// About 1.5 ties per node between random pairs; the last tenth of the nodes stays isolated.
    static func generate(_ n: Int, seed: UInt64) -> Digraph {
        var rng = LayoutRandom(seed: seed)
        var edges: [(Int, Int)] = []
        for _ in 0..<(n * 3 / 2) {
            let a = Int(rng.next() % UInt64(n)), b = Int(rng.next() % UInt64(n))
            if a < n * 9 / 10 && b < n * 9 / 10 { edges.append((a, b)) }
        }
        return Digraph(nodeCount: n, edges: edges)
    }

    /// Label widths like first names and initials: 2 to 10 columns.
    static func labelWidths(_ n: Int, seed: UInt64) -> [Int] {
        var rng = LayoutRandom(seed: seed)
        return (0..<n).map { _ in 2 + Int(rng.next() % 9) }
    }

    static func findNeato() -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for p in paths {
            let candidate = "\(p)/neato"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func dot(_ graph: Digraph) -> String {
        var s = "graph G {\n  node [shape=point];\n"
        for v in 0..<graph.nodeCount { s += "  \(v);\n" }
        var seen = Set<[Int]>()
        for (a, b) in graph.edges where seen.insert([min(a, b), max(a, b)]).inserted {
            s += "  \(a) -- \(b);\n"
        }
        return s + "}\n"
    }

    /// Runs `neato -Tplain` (best of three) and reads the node positions from its output.
    static func runNeato(_ path: String, graph: Digraph) -> (Double, [PlanePoint])? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "knooppunt-bench-\(graph.nodeCount).dot")
        guard (try? dot(graph).write(to: file, atomically: true, encoding: .utf8)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        var best = Double.infinity
        var output = Data()
        for _ in 0..<3 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = ["-Tplain", "-Gstart=2026", file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            let start = ContinuousClock.now
            do { try process.run() } catch { return nil }
            output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let ms = milliseconds(ContinuousClock.now - start)
            guard process.terminationStatus == 0 else { return nil }
            best = min(best, ms)
        }
        var points = Array(repeating: PlanePoint.zero, count: graph.nodeCount)
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            let f = line.split(separator: " ")
            guard f.count >= 4, f[0] == "node", let v = Int(f[1]), v < points.count, let x = Double(f[2]),
                let y = Double(f[3])
            else { continue }
            points[v] = PlanePoint(x: x, y: y)
        }
        return (best, points)
    }
}
