import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt groslijst add|edit|remove|schakel`: one person's long list of contacts, as on the
/// Groslijst screen (`g` on their ecogram).
struct GroslijstCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command(
            "groslijst", \.helpGroslijst, discussion: \.helpGroslijstDiscussion,
            subcommands: [
                GroslijstAddCommand.self, GroslijstEditCommand.self, GroslijstRemoveCommand.self,
                GroslijstSchakelCommand.self,
            ])
    }
}

/// Whose list and which contact a groslijst command means.
struct GroslijstTarget: ParsableArguments {
    @OptionGroup var target: SectionOptions

    @Option(help: ArgumentHelp(\.helpGroslijstTargetPerson, valueName: "name")) var person: String

    @Option(help: ArgumentHelp(\.helpGroslijstTargetContact, valueName: "name")) var contact: String

    /// Loads the section, finds the list's owner, lets `change` change the section, saves.
    func change<Result>(_ change: (inout Section, Person) throws -> Result) throws -> Result {
        try target.update { section in
            try change(&section, try Lookup.person(person, in: section, slug: target.section, changing: true))
        }
    }

    /// As `change`, with the contact's entry on the owner's list found first.
    func changeEntry<Result>(_ change: (inout Section, Person, GroslijstEntry) throws -> Result) throws
        -> Result
    {
        try self.change { section, owner in
            try change(&section, owner, try Self.entry(contact, owner: owner, in: section))
        }
    }

    /// The entry named `contact` on the owner's list, or one sentence.
    static func entry(_ contact: String, owner: Person, in section: Section) throws -> GroslijstEntry {
        let list = section.instruments.groslijst(of: owner.id)?.entries ?? []
        let key = NameKey(contact)
        let byName = list.filter { NameKey($0.shownName(in: section)) == key }
        if byName.count == 1 { return byName[0] }
        if case .found(let p) = PersonLookup(section: section).find(contact),
            let e = list.first(where: { $0.personID == p.id })
        {
            return e
        }
        throw CommandFailure(
            say.cliNotOnList(contact: CommandSupport.shown(contact), owner: CommandSupport.shown(owner.name)))
    }
}

enum GroslijstMark {
    static func note(_ text: String) throws -> String {
        do { return try TextRules.validNote(text) } catch {
            throw CommandFailure(say.optionRefused("--note", reason: error))
        }
    }
}

struct GroslijstAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("add", \.helpGroslijstAdd) }

    @OptionGroup var target: GroslijstTarget

    @Flag(help: ArgumentHelp(\.helpGroslijstAddWished)) var wished = false

    @Flag(help: ArgumentHelp(\.helpGroslijstAddNegative)) var negative = false

    @Option(help: ArgumentHelp(\.helpGroslijstAddNote, valueName: "text")) var note: String = ""

    func validate() throws {
        _ = try GroslijstMark.note(note)
        do { _ = try TextRules.validName(target.contact) } catch {
            throw CommandFailure(say.optionRefused("--contact", reason: error))
        }
    }

    func run() throws {
        let (owner, entry) = try target.change { section, owner in
            try (owner, add(to: &section, owner: owner))
        }
        print(
            say.contactAdded(
                CommandSupport.shown(entry.name), owner: CommandSupport.shown(owner.name), wished: wished,
                inSection: entry.personID != nil))
    }

    func add(to section: inout Section, owner: Person) throws -> GroslijstEntry {
        var entry = GroslijstEntry(
            name: try TextRules.validName(target.contact), area: .outside, wished: wished,
            positive: !negative,
            note: try GroslijstMark.note(note))
        switch PersonLookup(section: section).find(target.contact) {
        case .found(let p):
            guard p.id != owner.id else {
                throw CommandFailure(say.cliOwnNameOnList)
            }
            entry.personID = p.id
            entry.name = p.name
            entry.area = p.area
        case .ambiguous(let hits):
            throw CommandFailure(
                say.severalPeopleFor(
                    "--contact", query: CommandSupport.shown(target.contact),
                    names: hits.map { CommandSupport.shown($0.name) }))
        case .notFound: break
        }
        if section.instruments.groslijst(of: owner.id)?.contains(personID: entry.personID, name: entry.name)
            == true
        {
            throw CommandFailure(
                say.cliAlreadyOnList(
                    contact: CommandSupport.shown(entry.name), owner: CommandSupport.shown(owner.name)))
        }
        section.instruments.addGroslijstEntry(entry, owner: owner.id)
        return entry
    }
}

struct GroslijstEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("edit", \.helpGroslijstEdit) }

    @OptionGroup var target: GroslijstTarget

    @Option(help: ArgumentHelp(\.helpGroslijstEditKind, valueName: "now|wished")) var kind: String?

    @Option(help: ArgumentHelp(\.helpGroslijstEditMark, valueName: "positive|negative")) var mark: String?

    @Option(help: ArgumentHelp(\.helpGroslijstEditNote, valueName: "text")) var note: String?

    func validate() throws {
        if let kind, !["now", "wished"].contains(kind) {
            throw CommandFailure(
                say.choiceRefused("--kind", choices: ["now", "wished"], given: CommandSupport.shown(kind)))
        }
        if let mark, !["positive", "negative"].contains(mark) {
            throw CommandFailure(
                say.choiceRefused(
                    "--mark", choices: ["positive", "negative"], given: CommandSupport.shown(mark)))
        }
        if let note { _ = try GroslijstMark.note(note) }
        if kind == nil, mark == nil, note == nil {
            throw CommandFailure(say.giveOneOf(["--kind", "--mark", "--note"]))
        }
    }

    func run() throws {
        let name = try target.changeEntry { section, owner, entry in
            var entry = entry
            if let kind { entry.wished = kind == "wished" }
            if let mark { entry.positive = mark == "positive" }
            if let note { entry.note = try GroslijstMark.note(note) }
            section.instruments.updateGroslijstEntry(entry, owner: owner.id)
            return entry.shownName(in: section)
        }
        print(say.cliContactChanged(contact: CommandSupport.shown(name)))
    }
}

struct GroslijstRemoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("remove", \.helpGroslijstRemove) }

    @OptionGroup var target: GroslijstTarget

    func run() throws {
        let name = try target.changeEntry { section, owner, entry in
            section.instruments.removeGroslijstEntry(entry.id, owner: owner.id)
            return entry.shownName(in: section)
        }
        print(say.cliContactRemoved(contact: CommandSupport.shown(name)))
    }
}

struct GroslijstSchakelCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("schakel", \.helpGroslijstSchakel) }

    @OptionGroup var target: GroslijstTarget

    @Option(help: ArgumentHelp(\.helpGroslijstSchakelAnalysis, valueName: "name")) var analysis: String

    func run() throws {
        let (name, network) = try target.changeEntry { section, _, entry in
            let network = try makeSchakel(entry, in: &section)
            return (entry.shownName(in: section), network)
        }
        print(
            say.cliSchakelMade(contact: CommandSupport.shown(name), analysis: CommandSupport.shown(network)))
    }

    /// Makes the entry a schakel of the analysis named by `--analysis`, whose name it returns.
    func makeSchakel(_ entry: GroslijstEntry, in section: inout Section) throws -> String {
        let index = try NetworkShowOptions.pick(
            section.networks.analyses.map { [$0.name] }, name: analysis, kind: .analysis,
            section: section.name)
        let a = section.networks.analyses[index]
        do {
            _ = try section.makeSchakel(from: entry, analysis: a.id)
        } catch {
            throw CommandFailure(
                say.cliAlreadySchakel(
                    contact: CommandSupport.shown(entry.shownName(in: section)),
                    analysis: CommandSupport.shown(a.name)))
        }
        return a.name
    }
}
