import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt forget --section SLUG --person NAME [--yes]`: erases a person from a section and from the
/// section's kept versions on this machine, replacing their name where free text mentions it.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase a person from a section, its notes and its kept versions on this machine.",
        discussion: """
            Removes the person and every reference to them (initiator, involved, task owner, networks), \
            replaces their full name, a first name only they have and their initials where a text \
            mentions them by [naam verwijderd], and rewrites the section's kept versions on this machine \
            the same way. Without --yes it lists what would change and asks (or, without a terminal, \
            changes nothing). Copies elsewhere (colleagues' laptops, a shared folder, git history) are out \
            of reach and are named at the end.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The section's slug (see `knooppunt sections`).", valueName: "slug"))
    var section: String

    @Option(
        help: ArgumentHelp(
            "The person: full name, initials, first name or surname (case and accents do not matter).",
            valueName: "name"))
    var person: String

    @Flag(help: "Do it without asking.")
    var yes = false

    func run() throws {
        let (store, stored) = try global.loadSection(section)
        let found: Person
        switch PersonLookup(section: stored.section).find(person) {
        case .found(let p): found = p
        case .notFound:
            throw CommandFailure(
                "Section “\(CommandSupport.shown(section))” has no person “\(CommandSupport.shown(person))”.")
        case .ambiguous(let hits):
            throw CommandFailure(
                "“\(CommandSupport.shown(person))” names \(hits.count) people ("
                    + CommandSupport.candidates(hits)
                    + "); give the full name or the initials.")
        }
        let erasure = PersonErasure(person: found, among: stored.section.people)
        let mentions = erasure.mentionsIn(stored.section)
        print("Erase \(found.name) from “\(stored.section.name)”:")
        print("- the person and every reference to them (initiatives, tasks, networks)")
        print("- their private note on this machine (the private file beside the merge bases)")
        if mentions.isEmpty {
            print("- no free text mentions them")
        } else {
            print("- their name in \(mentions.count) text(s), replaced by \(PersonErasure.placeholder):")
            for m in mentions { print("    \(m.place): \(CommandSupport.shown(m.text))") }
        }
        let kept = store.backups(of: stored.slug).count
        print("- the same in the \(kept) kept version(s) of this section on this machine")
        guard try Confirmation.ask(yes: yes) else {
            print("Nothing changed.")
            return
        }
        let erased = erasure.erased(from: stored.section, replacingMentions: true)
        let saved = try store.save(erased, slug: stored.slug, expectedRevision: stored.revision)
        let scrub = try store.scrubBackups(of: stored.slug) {
            erasure.erased(from: $0, replacingMentions: true)
        }
        print(
            "Erased: saved as revision \(saved.revision); kept versions rewritten \(scrub.rewritten), unreadable ones removed \(scrub.removed), already clean \(scrub.unchanged)."
        )
        forgetAnswers(of: found, in: stored.section)
        // The merge base this machine keeps of the section is a copy too.
        MachineState(dataDirectory: store.directory).forget(stored.slug) {
            erasure.erased(from: $0, replacingMentions: true)
        }
        print(
            "Out of reach from here: copies of this section on other machines (colleagues' laptops, a synced folder) and any git history of it; erase the person there too."
        )
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
            print(
                "Also dropped from this machine: which \(ledger.entries.count - kept.entries.count) anonymous answer(s) were theirs."
            )
        } catch {
            CommandSupport.warn("\(error) Which anonymous answers were theirs is still kept on this machine.")
        }
    }
}

/// A yes/no question on the terminal before a command removes data.
enum Confirmation {
    /// True with `--yes`; otherwise asks on a terminal; without one, refuses (nothing is removed by a
    /// script that forgot the flag).
    static func ask(yes: Bool) throws -> Bool {
        if yes { return true }
        guard isatty(0) == 1 else {
            print("(No terminal to ask; repeat with --yes to do this.)")
            return false
        }
        print("Go ahead? [y/N] ", terminator: "")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return answer == "y" || answer == "yes" || answer == "j" || answer == "ja"
    }
}
