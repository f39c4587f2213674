import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt interventie add|edit|done|remove`: the interventions a section agreed on a sociogram
/// measurement (what, who, by when), as on the Interventies screen (`A` on screen 4).
struct InterventieCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interventie",
        abstract: "Record what the section agreed to do after a sociogram measurement.",
        discussion: """
            Interventions belong to one measurement of a sociogram (default: the first sociogram and its \
            latest measurement). `knooppunt show interventies` lists them with their numbers and what \
            changed by the next measurement.
            """,
        subcommands: [
            InterventieAddCommand.self, InterventieEditCommand.self, InterventieDoneCommand.self,
            InterventieRemoveCommand.self,
        ])
}

/// Which sociogram and measurement an intervention command means.
struct InterventionTarget: ParsableArguments {
    @Option(help: ArgumentHelp("The section's slug (see `knooppunt sections`).", valueName: "slug"))
    var section: String

    @Option(help: ArgumentHelp("The sociogram (default: the first).", valueName: "name"))
    var sociogram: String?

    @Option(help: ArgumentHelp("Which measurement, 1 = the first; default the latest.", valueName: "number"))
    var measurement: Int?

    func check() throws {
        if let measurement, measurement < 1 {
            throw CommandFailure("--measurement counts from 1, not \(measurement).")
        }
    }

    /// The sociogram's index and the measurement's index, or one sentence saying what is missing.
    func resolve(_ s: Section) throws -> (Int, Int) {
        try Self.resolve(s, sociogram: sociogram, measurement: measurement)
    }

    static func resolve(_ s: Section, sociogram: String?, measurement: Int?) throws -> (Int, Int) {
        let index = try NetworkShowOptions.pick(
            s.networks.sociograms.map { [$0.name] }, name: sociogram, kind: "sociogram", section: s.name)
        let g = s.networks.sociograms[index]
        guard !g.measurements.isEmpty else {
            throw CommandFailure(
                "Sociogram “\(CommandSupport.shown(g.name))” has no measurement yet; make one first (screen 4, N)."
            )
        }
        if let measurement, measurement > g.measurements.count {
            throw CommandFailure(
                "Sociogram “\(CommandSupport.shown(g.name))” has \(g.measurements.count) measurement(s); --measurement \(measurement) does not exist."
            )
        }
        return (index, (measurement ?? g.measurements.count) - 1)
    }

    /// The position in `instruments.interventions` of intervention `number` (from 1) of the measurement.
    func find(_ number: Int, in s: Section) throws -> Int {
        let (g, m) = try resolve(s)
        let sociogram = s.networks.sociograms[g]
        let list = s.instruments.interventions(
            sociogram: sociogram.id, measurement: sociogram.measurements[m].id)
        guard list.indices.contains(number - 1),
            let at = s.instruments.interventions.firstIndex(where: { $0.id == list[number - 1].id })
        else {
            throw CommandFailure(
                "The measurement of \(sociogram.measurements[m].date) has \(list.count) intervention(s); --number \(number) does not exist; nothing was written."
            )
        }
        return at
    }

    /// Saves the section, or one sentence when someone else saved meanwhile.
    static func save(_ section: Section, store: SectionStore, stored: StoredSection) throws {
        do {
            _ = try store.save(section, slug: stored.slug, expectedRevision: stored.revision)
        } catch StoreError.conflict(_, let expected, let found) {
            throw CommandFailure(
                "Section \(CommandSupport.shown(stored.section.name)) was saved by someone else while this command ran (revision \(found), this command read \(expected)); nothing was written — run the command again."
            )
        }
    }
}

/// What `--who` and `--by` mean, shared by add and edit.
enum InterventionInput {
    static func what(_ text: String) throws -> String {
        do { return try TextRules.validName(text) } catch {
            throw CommandFailure("--what: \(error.english) Nothing was written.")
        }
    }

    /// A section person (by the person lookup) or, when nobody fits, the words as typed; empty: nobody.
    static func who(_ text: String, in section: Section) throws -> (UUID?, String) {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if typed.isEmpty { return (nil, "") }
        switch PersonLookup(section: section).find(typed) {
        case .found(let p): return (p.id, "")
        case .ambiguous(let hits):
            throw CommandFailure(
                "--who “\(CommandSupport.shown(typed))” names \(hits.count) people ("
                    + hits.map { CommandSupport.shown($0.name) }.joined(separator: ", ")
                    + "); give the full name. Nothing was written.")
        case .notFound:
            do { return (nil, try TextRules.validName(typed)) } catch {
                throw CommandFailure("--who: \(error.english) Nothing was written.")
            }
        }
    }

    static func day(_ text: String) throws -> Day? {
        let typed = text.trimmingCharacters(in: .whitespaces)
        if typed.isEmpty { return nil }
        guard let day = Day(typed: typed) else {
            throw CommandFailure(
                "--by must be a date such as 2027-03-15 or 15-3-2027, not “\(CommandSupport.shown(typed, limit: 20))”; nothing was written."
            )
        }
        return day
    }
}

struct InterventieAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Agree a new intervention on a measurement.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: InterventionTarget

    @Option(help: ArgumentHelp("What the section will do.", valueName: "text"))
    var what: String

    @Option(
        help: ArgumentHelp(
            "Who takes it up: a person of the section (full name, initials, first name) or words such as \"the mentors\".",
            valueName: "who"))
    var who: String = ""

    @Option(help: ArgumentHelp("By when, e.g. 2027-03-15 or 15-3-2027.", valueName: "day"))
    var by: String = ""

    func validate() throws {
        try target.check()
        _ = try InterventionInput.what(what)
        _ = try InterventionInput.day(by)
    }

    func run() throws {
        let (store, stored) = try global.loadSection(target.section)
        var section = stored.section
        let (g, m) = try target.resolve(section)
        let (person, words) = try InterventionInput.who(who, in: section)
        let s = section.networks.sociograms[g]
        let intervention = SociogramIntervention(
            sociogramID: s.id, measurementID: s.measurements[m].id, what: try InterventionInput.what(what),
            who: words, personID: person, byWhen: try InterventionInput.day(by))
        section.instruments.interventions.append(intervention)
        try InterventionTarget.save(section, store: store, stored: stored)
        let number = section.instruments.interventions(sociogram: s.id, measurement: s.measurements[m].id)
            .count
        print(
            "Intervention \(number) agreed on the measurement of \(s.measurements[m].date) of “\(CommandSupport.shown(s.name))”"
                + (words.isEmpty
                    ? ""
                    : "; “\(CommandSupport.shown(words))” is nobody in the section, so it is kept in words")
                + ".")
    }
}

struct InterventieEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change what, who or by when of an intervention (empty clears who and by).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: InterventionTarget

    @Option(help: ArgumentHelp("Which intervention, as numbered by `show interventies`.", valueName: "n"))
    var number: Int

    @Option(help: ArgumentHelp("What the section will do.", valueName: "text"))
    var what: String?

    @Option(help: ArgumentHelp("Who takes it up (empty: nobody in particular).", valueName: "who"))
    var who: String?

    @Option(help: ArgumentHelp("By when (empty: no date).", valueName: "day"))
    var by: String?

    func validate() throws {
        try target.check()
        if let what { _ = try InterventionInput.what(what) }
        if let by { _ = try InterventionInput.day(by) }
        if what == nil, who == nil, by == nil {
            throw CommandFailure("Give at least one of --what, --who and --by; nothing was written.")
        }
    }

    func run() throws {
        let (store, stored) = try global.loadSection(target.section)
        var section = stored.section
        let at = try target.find(number, in: section)
        if let what { section.instruments.interventions[at].what = try InterventionInput.what(what) }
        if let who {
            let (person, words) = try InterventionInput.who(who, in: section)
            section.instruments.interventions[at].personID = person
            section.instruments.interventions[at].who = words
        }
        if let by { section.instruments.interventions[at].byWhen = try InterventionInput.day(by) }
        try InterventionTarget.save(section, store: store, stored: stored)
        print("Intervention \(number) changed.")
    }
}

struct InterventieDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Mark an intervention done (or open again with --undo).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: InterventionTarget

    @Option(help: ArgumentHelp("Which intervention, as numbered by `show interventies`.", valueName: "n"))
    var number: Int

    @Flag(help: "Mark it open again.")
    var undo = false

    func validate() throws { try target.check() }

    func run() throws {
        let (store, stored) = try global.loadSection(target.section)
        var section = stored.section
        let at = try target.find(number, in: section)
        section.instruments.interventions[at].done = !undo
        try InterventionTarget.save(section, store: store, stored: stored)
        print("Intervention \(number) marked \(undo ? "open" : "done").")
    }
}

struct InterventieRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove an intervention.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: InterventionTarget

    @Option(help: ArgumentHelp("Which intervention, as numbered by `show interventies`.", valueName: "n"))
    var number: Int

    func validate() throws { try target.check() }

    func run() throws {
        let (store, stored) = try global.loadSection(target.section)
        var section = stored.section
        let at = try target.find(number, in: section)
        let what = section.instruments.interventions.remove(at: at).what
        try InterventionTarget.save(section, store: store, stored: stored)
        print("Intervention \(number) (“\(CommandSupport.shown(what))”) removed.")
    }
}
