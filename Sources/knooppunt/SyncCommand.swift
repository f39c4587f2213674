import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt sync [--message TEXT]`: brings a shared data directory in step. In a git repository:
/// commit what changed here (with a Dutch summary), fetch, merge section by section, push, again when
/// the remote moved meanwhile. In a synced folder: merge the conflict copies the sync tool left.
/// Exit 0 in step, 3 when conflicts wait for a person, 1 when the remote cannot be reached.
struct SyncCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("sync", \.helpSync) }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(\.helpSyncMessage, valueName: "text")) var message: String?

    func run() throws {
        let store = try global.openStore()
        let git = Git(directory: store.directory)
        guard git.isRepository else {
            // A save of ours that the folder's tool replaced by a colleague's version, merged back.
            for entry in store.list() {
                guard case .readable(let summary) = entry,
                    let recovered = store.recoverLostWrite(summary.slug)
                else { continue }
                let line = SectionChangeSummary.line(
                    from: recovered.found, to: recovered.stored.section, words: say)
                print(say.cliRecovered(slug: summary.slug, line: line))
            }
            let lines = ConflictCopies.mergeAll(
                in: store, state: MachineState(dataDirectory: store.directory), words: say)
            if lines.isEmpty {
                print(say.cliNoConflictCopies)
            }
            for line in lines { print(say.cliMerged(line: line)) }
            try Self.reportConflicts(store)
            return
        }
        let report = try GitSync(git: git, store: store, message: message).run()
        switch report.outcome {
        case .noRemote:
            print(say.committedHere(report.wentOut))
            return
        case .unreachable(let reason):
            print(say.cliUnreachable(reason: reason))
            throw ExitCode(1)
        case .synced:
            for line in report.cameIn { print(say.cliCameIn(line: line)) }
            if let out = report.wentOut { print(say.cliWentOut(line: out)) }
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
                say.cliOpenConflicts(
                    section: stored.section.name, count: stored.section.conflicts.count, slug: stored.slug))
        }
        if waiting > 0 { throw ExitCode(3) }
        print(say.cliInStep)
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
