import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt sync [--message TEXT]`: brings a shared data directory in step. In a git repository:
/// commit what changed here (with a Dutch summary), fetch, merge section by section, push, again when
/// the remote moved meanwhile. In a synced folder: merge the conflict copies the sync tool left.
/// Exit 0 in step, 3 when conflicts wait for a person, 1 when the remote cannot be reached.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract:
            "Share local changes and take in colleagues' (git), or merge a synced folder's conflict copies.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The commit message (default: a summary of what changed).", valueName: "text"))
    var message: String?

    func run() throws {
        let store = try global.openStore()
        let git = Git(directory: store.directory)
        guard git.isRepository else {
            let lines = ConflictCopies.mergeAll(
                in: store, state: MachineState(dataDirectory: store.directory))
            if lines.isEmpty {
                print("No conflict copies to merge; the shared folder's tool carries the rest.")
            }
            for line in lines { print("Merged: \(line)") }
            try Self.reportConflicts(store)
            return
        }
        let summary = try commitLocal(git, store: store)
        guard (try git.run(["remote"])).output.split(separator: "\n").contains("origin") else {
            print(
                summary.map {
                    "Committed here: \($0). No remote to share with (knooppunt share init --remote URL)."
                }
                    ?? "Nothing to share and no remote (knooppunt share init --remote URL).")
            return
        }
        let before = try git.must(["rev-parse", "HEAD"], doing: "read the current commit").output.trimmed
        let branch = try git.must(["rev-parse", "--abbrev-ref", "HEAD"], doing: "read the branch").output
            .trimmed
        var pushed = false
        for _ in 0..<3 {
            let fetch = try git.run(["fetch", "-q", "origin"])
            guard fetch.ok else {
                print(
                    "The shared repository cannot be reached: \(fetch.error.trimmed.split(separator: "\n").last ?? ""). Your work is committed here; sync again later."
                )
                throw ExitCode(1)
            }
            let upstream = "origin/\(branch)"
            if (try git.run(["rev-parse", "--verify", "-q", upstream])).ok {
                let merge = try git.run(["merge", "--no-edit", "-q", upstream])
                guard merge.ok else {
                    _ = try? git.run(["merge", "--abort"])
                    throw CommandFailure(
                        "git could not merge \(upstream): \(merge.error.trimmed); nothing was changed.")
                }
            }
            if (try git.run(["push", "-q", "origin", "HEAD:\(branch)"])).ok {
                _ = try? git.run(["branch", "-q", "--set-upstream-to", upstream])
                pushed = true
                break
            }
        }
        guard pushed else {
            throw CommandFailure("the shared repository kept moving while pushing; sync again.")
        }
        for line in try incoming(git, since: before, store: store) { print("Came in: \(line)") }
        if let summary { print("Went out: \(summary)") }
        try Self.reportConflicts(store)
    }

    /// Commits what changed in the data directory, with a summary per section as the message.
    private func commitLocal(_ git: Git, store: SectionStore) throws -> String? {
        let status = try git.must(["status", "--porcelain"], doing: "read what changed").output
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
        try git.must(["add", "-A"], doing: "add the changes")
        try git.must(["commit", "-q", "-m", text], doing: "commit the changes")
        return text
    }

    /// What the merge brought in, per section, as summaries.
    private func incoming(_ git: Git, since before: String, store: SectionStore) throws -> [String] {
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
            else { return "nieuwe sectie \(now.name)" }
            return "\(now.name): " + SectionChangeSummary.line(from: then, to: now, limit: 6)
        }
    }

    static func reportConflicts(_ store: SectionStore) throws {
        var waiting = 0
        for entry in store.list() {
            guard case .readable(let summary) = entry, let stored = try? store.load(summary.slug),
                !stored.section.conflicts.isEmpty
            else { continue }
            waiting += stored.section.conflicts.count
            print(
                "Open conflicts in \(stored.section.name): \(stored.section.conflicts.count) (knooppunt conflicts --section \(stored.slug))."
            )
        }
        if waiting > 0 { throw ExitCode(3) }
        print("In step.")
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
