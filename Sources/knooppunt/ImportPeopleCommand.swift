import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel
import KnooppuntUI

/// `knooppunt import people FILE --section S`: a staff list from the school's administration.
struct ImportPeopleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("people", \.helpImportPeople, discussion: \.helpImportPeopleDiscussion)
    }

    @OptionGroup var target: SectionOptions

    @Argument(help: ArgumentHelp(\.helpImportPeopleFile, valueName: "file")) var file: String

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(\.helpImportPeopleDryRun)) var dryRun = false

    func run() throws {
        let english = target.global.language == .en
        let data = try CommandSupport.readInput(file)
        let (store, stored) = try target.load()
        let nothing = say.cliNothingImported
        let list: StaffList
        do {
            list = try StaffList(csv: data, section: stored.section)
        } catch {
            throw CommandFailure(
                CommandSupport.shown(error.text(english: english), limit: 400) + " " + nothing)
        }
        var added = 0, updated = 0, unchanged = 0
        for row in list.rows {
            let line: String
            switch row.change {
            case .add(let person):
                added += 1
                line = "+ \(person.name)" + say.cliNewMark + Self.details(person)
            case .update(let person, let fields):
                updated += 1
                line = "~ \(person.name): " + fields.joined(separator: ", ") + Self.details(person)
            case .unchanged(let person):
                unchanged += 1
                line = "= \(person.name)"
            }
            if dryRun { print(CommandSupport.shown(line, limit: 200)) }
        }
        try CommandSupport.refuseImport(list.problems.map { $0.text(english: english) })
        let summary = say.cliStaffSummary(added: added, updated: updated, unchanged: unchanged)
        if dryRun {
            print(summary + say.cliDryRunNothingWritten)
            return
        }
        let changed = try list.apply(to: stored.section)
        if changed != stored.section {
            _ = try store.save(changed, slug: stored.slug, expectedRevision: stored.revision)
        }
        print(summary)
    }

    /// " — EN, vak Engels, bouw: onderbouw": what the list says of a person.
    static func details(_ person: Person) -> String {
        var parts = [person.initials]
        if !person.role.isEmpty { parts.append(person.role) }
        parts += person.attributes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return " — " + parts.joined(separator: ", ")
    }
}
