import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The pieces every pseudo-terminal bench needs: the release binary beside the bench, a script under
/// bench/, a scratch data directory, and running the script for its one JSON object.
enum BenchScript {
    /// The `knooppunt` binary built beside this bench (same configuration), or nil with a reason.
    static func binary() -> Result<URL, BenchSkip> {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("knooppunt")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            return .failure(
                BenchSkip("no knooppunt binary next to the bench (\(binary.path)); build it first"))
        }
        return .success(binary)
    }

    /// A script in the checkout's bench/ folder.
    static func script(_ name: String) -> Result<URL, BenchSkip> {
        let here = URL(fileURLWithPath: #filePath)
        let script = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("bench").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: script.path) else {
            return .failure(BenchSkip("\(script.path) not found (run from the source checkout)"))
        }
        return .success(script)
    }

    /// A fresh, empty data directory; the caller removes it.
    static func scratchDirectory(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("knooppunt-\(name)-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Runs `script BINARY DATA_DIR --section SLUG arguments…` with `section` written to a scratch
    /// folder of its own, removed afterwards.
    static func run(
        _ script: URL, binary: URL, on section: Section, scratch: String, _ arguments: [String]
    ) -> Result<[String: Any], BenchSkip> {
        let directory: URL
        do {
            directory = try scratchDirectory(scratch)
        } catch {
            return .failure(BenchSkip("no scratch folder: \(error)"))
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        guard let slug = try? SectionStore(directory: directory).create(section).slug else {
            return .failure(BenchSkip("could not write the generated section"))
        }
        return run(script, [binary.path, directory.path, "--section", slug] + arguments)
    }

    /// Runs `python3 script arguments…` and parses the JSON object it prints.
    static func run(_ script: URL, _ arguments: [String]) -> Result<[String: Any], BenchSkip> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            return .failure(BenchSkip("python3 could not be started: \(error)"))
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let figures = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            return .failure(
                BenchSkip("\(script.lastPathComponent) failed (status \(process.terminationStatus))"))
        }
        return .success(figures)
    }

    /// A number from the script's JSON (ints and doubles alike), nil when absent or null.
    static func number(_ figures: [String: Any], _ key: String) -> Double? {
        (figures[key] as? NSNumber)?.doubleValue
    }
}

/// Why a bench figure could not be measured; printed instead of the figure.
struct BenchSkip: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A small seeded generator, so every run measures the same sections (also their ids).
struct BenchRandom {
    private var random: SeededRandom
    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    /// A version-4 shaped UUID from the generator, so ids (and the order they sort in) repeat.
    mutating func uuid() -> UUID {
        let a = next(), b = next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
