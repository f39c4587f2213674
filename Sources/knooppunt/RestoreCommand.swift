import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt restore --section SLUG (--list | --at YYYY-MM-DDTHH:MM)`: the kept versions of a section
/// and going back to one. Going back is a normal save: the version it replaces is kept in turn.
struct RestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("restore", \.helpRestore, discussion: \.helpRestoreDiscussion)
    }

    @OptionGroup var target: SectionOptions

    @Flag(help: ArgumentHelp(\.helpRestoreList)) var list = false

    @Option(help: ArgumentHelp(\.helpRestoreAt, valueName: "YYYY-MM-DDTHH:MM")) var at: String?

    func validate() throws {
        guard list != (at != nil) else { throw CommandFailure(say.cliListOrAt) }
        if let at, Self.localDate(at) == nil {
            throw CommandFailure(say.cliAtRefused(given: CommandSupport.shown(at)))
        }
    }

    static func localDate(_ text: String) -> Date? {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = .current
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
            f.dateFormat = format
            if let d = f.date(from: text) { return d }
        }
        return nil
    }

    static func shown(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = .current
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return f.string(from: date)
    }

    func run() throws {
        let (store, stored) = try target.load()
        let versions: [(date: Date, section: Section, revision: Int)] = store.backups(of: stored.slug)
            .compactMap { url in
                guard let when = BackupTime.date(of: url.lastPathComponent),
                    let data = try? Data(contentsOf: url),
                    let found = try? SectionFileFormat.decode(data, file: url.lastPathComponent)
                else { return nil }
                return (when, found.section, found.revision)
            }
        if list {
            guard !versions.isEmpty else {
                print(say.cliNoKeptVersions(section: stored.section.name))
                return
            }
            for v in versions {
                let change = SectionChangeSummary.line(
                    from: stored.section, to: v.section, words: say)
                print(say.cliKeptVersion(date: Self.shown(v.date), revision: v.revision, change: change))
            }
            return
        }
        guard let at, let limit = Self.localDate(at) else { return }
        guard let chosen = versions.last(where: { $0.date <= limit }) else {
            throw CommandFailure(say.cliNoVersionAt(section: stored.section.name, at: at))
        }
        // Kept versions hold only what the shared file held; this machine's private notes stay as
        // they are now rather than vanish with the version going back.
        let whole = chosen.section.withPrivate(try store.privateFile.parts(of: chosen.section.id))
        let saved = try store.save(whole, slug: stored.slug, expectedRevision: stored.revision)
        print(
            say.cliRestored(
                section: stored.section.name, date: Self.shown(chosen.date), revision: chosen.revision,
                saved: saved.revision))
    }
}
