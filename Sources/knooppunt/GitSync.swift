import Foundation
import KnooppuntModel

/// One sync of a git data directory: commit what changed here (a Dutch summary as the message), fetch,
/// merge section by section (the merge driver), push, and again when the remote moved meanwhile. Used
/// by `knooppunt sync` and by the interface's sync key.
struct GitSync {
    let git: Git
    let store: SectionStore
    var message: String?

    enum Outcome: Equatable {
        case synced
        case noRemote
        case unreachable(String)
    }

    struct Report {
        var outcome: Outcome
        var cameIn: [String] = []
        var wentOut: String?
    }

    func run() throws -> Report {
        let summary = try commitLocal()
        guard (try git.run(["remote"])).output.split(separator: "\n").contains("origin") else {
            return Report(outcome: .noRemote, wentOut: summary)
        }
        let before = try git.must(["rev-parse", "HEAD"], doing: .readCommit).output.trimmed
        let branch = try git.must(["rev-parse", "--abbrev-ref", "HEAD"], doing: .readBranch).output
            .trimmed
        for _ in 0..<3 {
            let fetch = try git.run(["fetch", "-q", "origin"])
            guard fetch.ok else {
                let reason =
                    fetch.error.trimmed.split(separator: "\n").last.map(String.init) ?? "git fetch failed"
                return Report(outcome: .unreachable(reason), wentOut: summary)
            }
            let upstream = "origin/\(branch)"
            if (try git.run(["rev-parse", "--verify", "-q", upstream])).ok {
                let merge = try git.run(["merge", "--no-edit", "-q", upstream])
                guard merge.ok else {
                    _ = try? git.run(["merge", "--abort"])
                    throw CommandFailure(
                        git.words.cliGitMergeFailed(upstream: upstream, reason: merge.error.trimmed))
                }
            }
            if (try git.run(["push", "-q", "origin", "HEAD:\(branch)"])).ok {
                _ = try? git.run(["branch", "-q", "--set-upstream-to", upstream])
                return Report(outcome: .synced, cameIn: try incoming(since: before), wentOut: summary)
            }
        }
        throw CommandFailure(git.words.cliRemoteKeptMoving)
    }

    /// Commits what changed in the data directory, with a summary per section as the message.
    func commitLocal() throws -> String? {
        // A repository shared before private notes moved out gets the rule that keeps their file out.
        try? ShareSetup.writeFiles(in: store.directory)
        let status = try git.must(["status", "--porcelain"], doing: .readChanges).output
        guard !status.trimmed.isEmpty else { return nil }
        var phrases: [String] = []
        for line in status.split(separator: "\n") {
            let path = String(line.dropFirst(3))
            guard path.hasSuffix(".json"), !path.contains("/") else { continue }
            let now = (try? Data(contentsOf: store.directory.appendingPathComponent(path)))
                .flatMap { try? SectionFileFormat.decode($0, file: path).section }
            let then = git.show("HEAD", path).flatMap {
                try? SectionFileFormat.decode($0, file: path).section
            }
            switch (then, now) {
            case (nil, let n?): phrases.append("nieuwe sectie \(n.name)")
            case (let t?, nil): phrases.append("sectie \(t.name) verwijderd")
            case (let t?, let n?):
                let changes = SectionChangeSummary.describe(from: t, to: n)
                if !changes.isEmpty { phrases.append(changes.joined(separator: "; ")) }
            default: break
            }
        }
        let text = message ?? (phrases.isEmpty ? "knooppunt: wijzigingen" : phrases.joined(separator: "; "))
        try git.must(["add", "-A"], doing: .addChanges)
        try git.must(["commit", "-q", "-m", text], doing: .commitChanges)
        return text
    }

    /// What the merge brought in, per section, as summaries.
    func incoming(since before: String) throws -> [String] {
        let names = try git.run(["diff", "--name-only", before, "HEAD"]).output.split(separator: "\n").map(
            String.init)
        return names.filter { $0.hasSuffix(".json") && !$0.contains("/") }.compactMap { path in
            guard
                let now = git.show("HEAD", path).flatMap({
                    try? SectionFileFormat.decode($0, file: path).section
                })
            else { return nil }
            guard
                let then = git.show(before, path).flatMap({
                    try? SectionFileFormat.decode($0, file: path).section
                })
            else { return git.words.cliNewSection(name: now.name) }
            let change = SectionChangeSummary.line(
                from: then, to: now, words: git.words, limit: 6)
            return "\(now.name): " + change
        }
    }

}
