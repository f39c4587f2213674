import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt forget --section SLUG --person NAME [--yes]`: erases a person from a section and from the
/// section's kept versions on this machine, replacing their name where free text mentions it.
struct ForgetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("forget", \.helpForget, discussion: \.helpForgetDiscussion)
    }

    @OptionGroup var target: SectionOptions

    @Option(help: ArgumentHelp(\.helpForgetPerson, valueName: "name")) var person: String

    @OptionGroup var confirmation: ConfirmOptions

    func run() throws {
        let (store, stored) = try target.load()
        let found = try Lookup.person(person, in: stored.section, slug: target.section)
        let erasure = PersonErasure(person: found, among: stored.section.people)
        let mentions = erasure.mentionsIn(stored.section)
        let kept = store.backups(of: stored.slug).count
        let plan = say.forgetPlan(
            found.name, section: stored.section.name, mentions: mentions.count, kept: kept)
        for line in plan.dropLast() { print(line) }
        for m in mentions { print("    \(m.place): \(CommandSupport.shown(m.text))") }
        if let last = plan.last { print(last) }
        guard confirmation.granted() else { return }
        let erased = erasure.erased(from: stored.section, replacingMentions: true)
        let saved = try store.save(erased, slug: stored.slug, expectedRevision: stored.revision)
        let scrub = try store.scrubBackups(of: stored.slug) {
            erasure.erased(from: $0, replacingMentions: true)
        }
        print(
            say.cliForgotten(
                revision: saved.revision, rewritten: scrub.rewritten, removed: scrub.removed,
                unchanged: scrub.unchanged))
        forgetAnswers(of: found, in: stored.section)
        // The merge base this machine keeps of the section is a copy too.
        MachineState(dataDirectory: store.directory).forget(stored.slug) {
            erasure.erased(from: $0, replacingMentions: true)
        }
        print(say.cliForgetOutOfReach)
    }
}

extension ForgetCommand {
    /// Drops this machine's record of which anonymous answers are the person's. The answers stay in
    /// the section, as anonymous as before; only the link that let them change them goes. A ledger
    /// that cannot be read or written is said, not fatal: the section is already erased.
    func forgetAnswers(of person: Person, in section: Section) {
        let file = InstrumentInput.ledgerFile
        do {
            let ledger = try file.load()
            let kept = ledger.removingPerson(person.id, section: section.id)
            guard kept != ledger else { return }
            try file.save(kept)
            print(say.cliAnswersDropped(count: ledger.entries.count - kept.entries.count))
        } catch {
            CommandSupport.warn(say.cliAnswersLedgerKept(error: "\(error)"))
        }
    }
}
