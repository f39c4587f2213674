import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt conflicts --section SLUG [--keep current|other --id ID]`: the open conflicts of a
/// section (what a merge could not decide), and deciding one from the command line.
struct ConflictsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("conflicts", \.helpConflicts) }

    @OptionGroup var target: SectionOptions

    @Option(help: ArgumentHelp(\.helpConflictsId, valueName: "id")) var id: String?

    @Option(help: ArgumentHelp(\.helpConflictsKeep, valueName: "current|other")) var keep: String?

    func validate() throws {
        if (id == nil) != (keep == nil) { throw CommandFailure(say.cliIdAndKeepTogether) }
        if let keep, keep != "current" && keep != "other" {
            throw CommandFailure(say.cliKeepRefused(given: CommandSupport.shown(keep)))
        }
    }

    func run() throws {
        let (store, stored) = try target.load()
        if let id, let keep {
            guard
                let conflict = stored.section.conflicts.first(where: {
                    $0.id.uuidString.lowercased().hasPrefix(id.lowercased())
                })
            else {
                throw CommandFailure(
                    say.cliNoConflict(section: stored.section.name, id: CommandSupport.shown(id)))
            }
            let decided = stored.section.resolving(conflict.id, keepOther: keep == "other")
            _ = try store.save(decided, slug: stored.slug, expectedRevision: stored.revision)
            print(
                say.conflictDecided(conflict.place, keepOther: keep == "other", left: decided.conflicts.count)
            )
            return
        }
        let open = stored.section.conflicts
        guard !open.isEmpty else {
            print(say.cliNoOpenConflicts(section: stored.section.name))
            return
        }
        print(say.cliOpenConflictsHeading(count: open.count, section: stored.section.name))
        for c in open {
            print("\(c.id.uuidString.prefix(8).lowercased())  \(c.place)")
            let values = say.conflictValues(
                current: CommandSupport.shown(c.current), other: CommandSupport.shown(c.other),
                source: c.source,
                at: "\(c.at)")
            for line in values { print(line) }
        }
        throw ExitCode(3)
    }
}
