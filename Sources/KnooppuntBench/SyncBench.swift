import Foundation
import KnooppuntModel

/// `make bench BENCH=merge`, second part: `knooppunt sync` beside plain `git pull && git push` doing
/// the same work on the same kind of repository. Two laptops share one section through a bare
/// repository; each round the other laptop changes one initiative and pushes, then the measured laptop
/// changes another initiative and syncs (commit, fetch, merge, push). The reference is two plain git
/// clones of an identical repository doing the same edits with `git commit -a`, `git pull` and
/// `git push` (git's own text merge succeeds because the edits are in different initiatives).
enum SyncBench {
    static let rounds = 5

    static func run() {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("knooppunt")
        guard FileManager.default.isExecutableFile(atPath: binary.path),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
        else {
            print("  sync: skipped loudly — needs git and the release knooppunt binary beside KnooppuntBench")
            return
        }
        for (key, value) in [
            ("GIT_AUTHOR_NAME", "Bench"), ("GIT_AUTHOR_EMAIL", "bench@example.org"),
            ("GIT_COMMITTER_NAME", "Bench"), ("GIT_COMMITTER_EMAIL", "bench@example.org"),
            ("KNOOPPUNT_AUTO_SYNC", "0"),
        ] {
            setenv(key, value, 1)
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "knooppunt-sync-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            let ours = try knooppuntSetup(root.appendingPathComponent("k"), binary: binary)
            let theirs = try gitSetup(root.appendingPathComponent("g"))
            print(
                String(
                    format:
                        "  knooppunt sync, one change each way per round: median %.1f ms over %d rounds",
                    ours * 1000, rounds))
            print(
                String(
                    format:
                        "  reference: git commit -a && git pull && git push, same edits: median %.1f ms; ratio knooppunt/git = %.2f",
                    theirs * 1000, ours / theirs))
        } catch {
            print("  sync: could not run (\(error))")
        }
    }

    static let slug = "sectie-bench"

    static func section() -> Section {
        var s = RenderBench.Generated.section(initiatives: 60, meetings: 40)
        s.name = "Sectie Bench"
        return s
    }

    /// Changes the goal of initiative `index` in the section file in `folder`, as a save would.
    static func edit(_ folder: URL, index: Int, round: Int) throws {
        let file = folder.appendingPathComponent(slug + ".json")
        let stored = try SectionFileFormat.decode(try Data(contentsOf: file), file: file.path)
        var s = stored.section
        s.initiatives[index].goal = "doel na ronde \(round)"
        try SectionFileFormat.encode(s, revision: stored.revision + 1).write(to: file)
    }

    static func knooppuntSetup(_ root: URL, binary: URL) throws -> Double {
        let remote = root.appendingPathComponent("remote.git"), a = root.appendingPathComponent("a")
        let b = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try shell("/usr/bin/git", ["init", "-q", "--bare", remote.path], in: root)
        try SectionFileFormat.encode(section(), revision: 1).write(
            to: a.appendingPathComponent(slug + ".json"))
        try shell(binary.path, ["share", "init", "--remote", remote.path, "--data-dir", a.path], in: a)
        try shell(binary.path, ["share", "clone", remote.path, "--data-dir", b.path], in: root)
        var samples: [Double] = []
        for round in 0..<rounds {
            try edit(b, index: 2 * round, round: round)
            try shell(binary.path, ["sync", "--data-dir", b.path], in: b)
            try edit(a, index: 2 * round + 30, round: round)
            let start = Date()
            try shell(binary.path, ["sync", "--data-dir", a.path], in: a)
            samples.append(Date().timeIntervalSince(start))
        }
        return samples.sorted()[samples.count / 2]
    }

    static func gitSetup(_ root: URL) throws -> Double {
        let remote = root.appendingPathComponent("remote.git"), a = root.appendingPathComponent("a")
        let b = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try shell("/usr/bin/git", ["init", "-q", "--bare", remote.path], in: root)
        try shell("/usr/bin/git", ["init", "-q"], in: a)
        try SectionFileFormat.encode(section(), revision: 1).write(
            to: a.appendingPathComponent(slug + ".json"))
        try shell("/usr/bin/git", ["add", "."], in: a)
        try shell("/usr/bin/git", ["commit", "-qm", "begin"], in: a)
        try shell("/usr/bin/git", ["remote", "add", "origin", remote.path], in: a)
        try shell("/usr/bin/git", ["push", "-q", "-u", "origin", "HEAD"], in: a)
        try shell("/usr/bin/git", ["clone", "-q", remote.path, b.path], in: root)
        var samples: [Double] = []
        for round in 0..<rounds {
            try edit(b, index: 2 * round, round: round)
            try shell("/usr/bin/git", ["commit", "-qam", "b \(round)"], in: b)
            try shell("/usr/bin/git", ["pull", "-q", "--no-rebase", "--no-edit"], in: b)
            try shell("/usr/bin/git", ["push", "-q"], in: b)
            try edit(a, index: 2 * round + 30, round: round)
            let start = Date()
            try shell("/usr/bin/git", ["commit", "-qam", "a \(round)"], in: a)
            try shell("/usr/bin/git", ["pull", "-q", "--no-rebase", "--no-edit"], in: a)
            try shell("/usr/bin/git", ["push", "-q"], in: a)
            samples.append(Date().timeIntervalSince(start))
        }
        return samples.sorted()[samples.count / 2]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func shell(_ tool: String, _ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description:
                    "\((tool as NSString).lastPathComponent) \(arguments.first ?? "") exited \(process.terminationStatus): \(String(decoding: message, as: UTF8.self).prefix(200))"
            )
        }
    }
}
