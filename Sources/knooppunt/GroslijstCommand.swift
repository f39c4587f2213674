import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt groslijst add|edit|remove|schakel`: one person's long list of contacts, as on the
/// Groslijst screen (`g` on their ecogram).
struct GroslijstCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groslijst",
        abstract: "Keep a person's long list of contacts (present and wished for) before an ecogram.",
        discussion: """
            Each contact is present or wished for, positive or negative, with a note. Wished-for contacts \
            are drawn dashed in the person's ecogram; `schakel` makes a contact a schakel of a network \
            analysis in one step. Negative marks and notes are sensitive: `show groslijst` leaves them out \
            unless --sensitive is given.
            """,
        subcommands: [
            GroslijstAddCommand.self, GroslijstEditCommand.self, GroslijstRemoveCommand.self,
            GroslijstSchakelCommand.self,
        ])
}

/// Whose list and which contact a groslijst command means.
struct GroslijstTarget: ParsableArguments {
    @Option(help: ArgumentHelp("The section's slug (see `knooppunt sections`).", valueName: "slug"))
    var section: String

    @Option(help: ArgumentHelp("Whose list: a person of the section.", valueName: "name"))
    var person: String

    @Option(help: ArgumentHelp("The contact: a person of the section or any name.", valueName: "name"))
    var contact: String

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
            "“\(CommandSupport.shown(contact))” is not on the long list of \(CommandSupport.shown(owner.name)); nothing was written."
        )
    }
}

enum GroslijstMark {
    static func note(_ text: String) throws -> String {
        do { return try TextRules.validNote(text) } catch {
            throw CommandFailure("--note: \(error.english) Nothing was written.")
        }
    }
}

struct GroslijstAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Put a contact on a person's long list.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: GroslijstTarget

    @Flag(help: "A contact the person would like to have (default: one they have).")
    var wished = false

    @Flag(help: "Mark the contact negative (sensitive).")
    var negative = false

    @Option(help: ArgumentHelp("A note (sensitive).", valueName: "text"))
    var note: String = ""

    func validate() throws {
        _ = try GroslijstMark.note(note)
        do { _ = try TextRules.validName(target.contact) } catch {
            throw CommandFailure("--contact: \(error.english) Nothing was written.")
        }
    }

    func run() throws {
        let (store, stored) = try global.loadSection(target.section)
        var section = stored.section
        let owner = try InstrumentInput.person(target.person, in: section, slug: target.section)
        var entry = GroslijstEntry(
            name: try TextRules.validName(target.contact), area: .outside, wished: wished,
            positive: !negative,
            note: try GroslijstMark.note(note))
        switch PersonLookup(section: section).find(target.contact) {
        case .found(let p):
            guard p.id != owner.id else {
                throw CommandFailure(
                    "A person's own name does not belong on their long list; nothing was written.")
            }
            entry.personID = p.id
            entry.name = p.name
            entry.area = p.area
        case .ambiguous(let hits):
            throw CommandFailure(
                "--contact “\(CommandSupport.shown(target.contact))” names \(hits.count) people ("
                    + hits.map { CommandSupport.shown($0.name) }.joined(separator: ", ")
                    + "); give the full name. Nothing was written.")
        case .notFound: break
        }
        if section.instruments.groslijst(of: owner.id)?.contains(personID: entry.personID, name: entry.name)
            == true
        {
            throw CommandFailure(
                "\(CommandSupport.shown(entry.name)) is on the long list of \(CommandSupport.shown(owner.name)) already; nothing was written."
            )
        }
        section.instruments.addGroslijstEntry(entry, owner: owner.id)
        try InterventionTarget.save(section, store: store, stored: stored)
        print(
            "\(CommandSupport.shown(entry.name)) is on the long list of \(CommandSupport.shown(owner.name)) as \(wished ? "a wished-for" : "a present") contact"
                + (entry.personID == nil ? " (not a person of the section)." : "."))
    }
}

struct GroslijstEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a contact: present or wished for, positive or negative, the note.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: GroslijstTarget

    @Option(help: ArgumentHelp("now or wished.", valueName: "now|wished"))
    var kind: String?

    @Option(help: ArgumentHelp("positive or negative.", valueName: "positive|negative"))
    var mark: String?

    @Option(help: ArgumentHelp("The note (empty clears it).", valueName: "text"))
    var note: String?

    func validate() throws {
        if let kind, !["now", "wished"].contains(kind) {
            throw CommandFailure("--kind takes now or wished, not “\(CommandSupport.shown(kind))”.")
        }
        if let mark, !["positive", "negative"].contains(mark) {
            throw CommandFailure("--mark takes positive or negative, not “\(CommandSupport.shown(mark))”.")
        }
        if let note { _ = try GroslijstMark.note(note) }
        if kind == nil, mark == nil, note == nil {
            throw CommandFailure("Give at least one of --kind, --mark and --note; nothing was written.")
        }
    }

    func run() throws {
        let (store, stored) = try global.loadSection(target.section)
        var section = stored.section
        let owner = try InstrumentInput.person(target.person, in: section, slug: target.section)
        var entry = try GroslijstTarget.entry(target.contact, owner: owner, in: section)
        if let kind { entry.wished = kind == "wished" }
        if let mark { entry.positive = mark == "positive" }
        if let note { entry.note = try GroslijstMark.note(note) }
        section.instruments.updateGroslijstEntry(entry, owner: owner.id)
        try InterventionTarget.save(section, store: store, stored: stored)
        print("\(CommandSupport.shown(entry.shownName(in: section))) changed.")
    }
}

struct GroslijstRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Take a contact off a person's long list.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: GroslijstTarget

    func run() throws {
        let (store, stored) = try global.loadSection(target.section)
        var section = stored.section
        let owner = try InstrumentInput.person(target.person, in: section, slug: target.section)
        let entry = try GroslijstTarget.entry(target.contact, owner: owner, in: section)
        section.instruments.removeGroslijstEntry(entry.id, owner: owner.id)
        try InterventionTarget.save(section, store: store, stored: stored)
        print("\(CommandSupport.shown(entry.shownName(in: section))) taken off the long list.")
    }
}

struct GroslijstSchakelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schakel", abstract: "Make a contact a schakel of a network analysis in one step.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: GroslijstTarget

    @Option(help: ArgumentHelp("The network analysis (its name, or part of it).", valueName: "name"))
    var analysis: String

    func run() throws {
        let (store, stored) = try global.loadSection(target.section)
        var section = stored.section
        let owner = try InstrumentInput.person(target.person, in: section, slug: target.section)
        let entry = try GroslijstTarget.entry(target.contact, owner: owner, in: section)
        let index = try NetworkShowOptions.pick(
            section.networks.analyses.map { [$0.name] }, name: analysis, kind: "network analysis",
            section: section.name)
        let a = section.networks.analyses[index]
        do {
            _ = try section.makeSchakel(from: entry, analysis: a.id)
        } catch {
            throw CommandFailure(
                "\(CommandSupport.shown(entry.shownName(in: section))) is already a schakel in “\(CommandSupport.shown(a.name))”; nothing was written."
            )
        }
        try InterventionTarget.save(section, store: store, stored: stored)
        print(
            "\(CommandSupport.shown(entry.shownName(in: section))) is now a schakel in “\(CommandSupport.shown(a.name))”."
        )
    }
}
