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
            // A save of ours that the folder's tool replaced by a colleague's version, merged back.
            for entry in store.list() {
                guard case .readable(let summary) = entry,
                    let recovered = store.recoverLostWrite(summary.slug)
                else { continue }
                let line = SectionChangeSummary.line(from: recovered.found, to: recovered.stored.section)
                print(
                    "Recovered: \(summary.slug): this machine's save was replaced by the shared folder; merged back (\(line))."
                )
            }
            let lines = ConflictCopies.mergeAll(
                in: store, state: MachineState(dataDirectory: store.directory))
            if lines.isEmpty {
                print("No conflict copies to merge; the shared folder's tool carries the rest.")
            }
            for line in lines { print("Merged: \(line)") }
            try Self.reportConflicts(store)
            return
        }
        let report = try GitSync(git: git, store: store, message: message).run()
        switch report.outcome {
        case .noRemote:
            print(
                report.wentOut.map {
                    "Committed here: \($0). No remote to share with (knooppunt share init --remote URL)."
                }
                    ?? "Nothing to share and no remote (knooppunt share init --remote URL).")
            return
        case .unreachable(let reason):
            print(
                "The shared repository cannot be reached: \(reason). Your work is committed here; sync again later."
            )
            throw ExitCode(1)
        case .synced:
            for line in report.cameIn { print("Came in: \(line)") }
            if let out = report.wentOut { print("Went out: \(out)") }
            try Self.reportConflicts(store)
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
