import Foundation
import KnooppuntModel
import KnooppuntResources

/// `make bench BENCH=files`: loading and saving 50 sections of the demo's size through the store (the
/// same `load` and `save` the interface uses: revision check, kept version, durable write) beside `jq`
/// reading and writing the same 50 files (one `jq` process per file, as a shell loop runs it); and the
/// release binary's start to its first frame on the demo section, beside `less` opening a file.
enum FilesBench {
    static let count = 50
    static let rounds = 3

    static func run() {
        print(
            "Files bench (\(count) sections of the demo's size; reference: jq reading and writing the same files)"
        )
        let demo: Section
        do {
            demo = try demoSection()
        } catch {
            print("  SKIPPED: the demo section does not decode: \(error)")
            return
        }
        do {
            let directory = try BenchScript.scratchDirectory("files")
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try SectionStore(directory: directory)
            var rng = BenchRandom(seed: 50)
            var slugs: [String] = []
            for i in 0..<count {
                var copy = demo
                copy.id = rng.uuid()
                copy.name = "Sectie \(i + 1) (bench)"
                slugs.append(try store.create(copy).slug)
            }
            let bytes = slugs.reduce(0) { total, slug in
                total
                    + ((try? Data(contentsOf: directory.appendingPathComponent("\(slug).json")))?.count ?? 0)
            }
            var ours: [Double] = []
            var theirs: [Double] = []
            for _ in 0..<rounds {
                ours.append(try loadAndSave(store, slugs))
                if let t = jq(directory, slugs) { theirs.append(t) }
            }
            let mine = ours.sorted()[ours.count / 2]
            var line = String(
                format: "  load + save of %d sections (%d KB each): median %.1f ms over %d rounds", count,
                bytes / count / 1024, mine * 1000, rounds)
            if !theirs.isEmpty {
                let reference = theirs.sorted()[theirs.count / 2]
                let ratio = mine / reference
                line += String(
                    format: "; jq: %.1f ms; ratio %.2f (goal ≤ 1.5 %@)", reference * 1000, ratio,
                    ratio <= 1.5 ? "met" : "NOT met")
            } else {
                line += "; jq: not installed (apt-get install jq), no ratio"
            }
            print(line)
            startFigures(directory: directory, slug: slugs[0])
        } catch {
            print("  FAILED: \(error)")
        }
    }

    static func demoSection() throws -> Section {
        var section = try JSONDecoder().decode(
            Section.self, from: KnooppuntResources.data("demo/sectie-engels.json"))
        section.networks = try JSONDecoder().decode(
            Networks.self, from: KnooppuntResources.data("demo/sectie-engels-netwerken.json"))
        return section
    }

    /// Seconds to load every section and save it back (each save a new revision).
    static func loadAndSave(_ store: SectionStore, _ slugs: [String]) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for slug in slugs {
            let stored = try store.load(slug)
            _ = try store.save(stored.section, slug: slug, expectedRevision: stored.revision)
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Seconds for `jq . FILE > OUT` over the same files in one shell loop; nil without jq.
    static func jq(_ directory: URL, _ slugs: [String]) -> Double? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/jq") else { return nil }
        let out = directory.appendingPathComponent("jq-out")
        try? FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let files = slugs.map { "'\(directory.path)/\($0).json'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "for f in \(files); do /usr/bin/jq . \"$f\" > '\(out.path)'/\"${f##*/}\" || exit 1; done",
        ]
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            try process.run()
        } catch {
            return nil
        }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return process.terminationStatus == 0 ? seconds : nil
    }

    /// The binary's start to its first frame on one of these sections (median of five starts).
    static func startFigures(directory: URL, slug: String) {
        let scripts = BenchScript.binary().flatMap { binary in
            BenchScript.script("keys_latency.py").map { (binary, $0) }
        }
        guard case .success(let (binary, script)) = scripts else {
            if case .failure(let skip) = scripts { print("  start: SKIPPED, \(skip)") }
            return
        }
        switch BenchScript.run(
            script, [binary.path, directory.path, "--section", slug, "--size", "200x60", "--start-only", "5"])
        {
        case .failure(let skip): print("  start: SKIPPED, \(skip)")
        case .success(let figures):
            guard let start = BenchScript.number(figures, "start_median_ms") else {
                print("  start: no first frame came")
                return
            }
            var line = String(
                format:
                    "  start to first frame (200×60, the section's board): median %.1f ms; goal ≤ 50 ms %@",
                start, start <= 50 ? "met" : "NOT met")
            if let less = BenchScript.number(figures, "less_start_median_ms") {
                line += String(format: "; less opening a file: %.1f ms (ratio %.1f)", less, start / less)
            }
            print(line)
        }
    }
}
