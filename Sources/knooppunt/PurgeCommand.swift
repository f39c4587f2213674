import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt purge --section SLUG --before DATE [--yes]`: the duty to delete personal data that is no
/// longer needed: sociogram measurements dated before DATE, and kept versions saved before DATE.
struct PurgeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("purge", \.helpPurge, discussion: \.helpPurgeDiscussion)
    }

    @OptionGroup var target: SectionOptions

    @Option(help: ArgumentHelp(\.helpPurgeBefore, valueName: "day")) var before: String

    @OptionGroup var confirmation: ConfirmOptions

    func validate() throws {
        guard Day(typed: before) != nil else {
            throw CommandFailure(say.cliBeforeRefused(given: CommandSupport.shown(before)))
        }
    }

    func run() throws {
        guard let day = Day(typed: before) else { return }
        let (store, stored) = try target.load()
        let old = stored.section.networks.sociograms.flatMap { s in
            s.measurements.filter { $0.date < day }.map { (s.name, $0) }
        }
        let stamp = String(format: "%04d%02d%02d", day.year, day.month, day.day)
        let oldVersions = store.backups(of: stored.slug).filter { $0.lastPathComponent.prefix(8) < stamp }
        print(say.cliPurgePlan(section: stored.section.name, before: day, measurements: old.count))
        for (name, m) in old { print("    \(name): \(m.date)\(m.label.isEmpty ? "" : " (\(m.label))")") }
        print(say.cliPurgeVersions(count: oldVersions.count))
        guard !old.isEmpty || !oldVersions.isEmpty else {
            print(say.cliPurgeNothingOld)
            return
        }
        guard confirmation.granted() else { return }
        let purge = { (s: Section) -> Section in
            var copy = s
            for i in copy.networks.sociograms.indices {
                copy.networks.sociograms[i].measurements.removeAll { $0.date < day }
            }
            return copy
        }
        var revision = stored.revision
        if !old.isEmpty {
            revision = try store.save(
                purge(stored.section), slug: stored.slug, expectedRevision: stored.revision
            ).revision
        }
        for url in oldVersions { try? FileManager.default.removeItem(at: url) }
        let scrub = try store.scrubBackups(of: stored.slug, purge)
        print(say.cliPurged(revision: revision, deleted: oldVersions.count, rewritten: scrub.rewritten))
    }
}
