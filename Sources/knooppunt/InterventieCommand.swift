import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt interventie add|edit|done|remove`: the interventions a section agreed on a sociogram
/// measurement (what, who, by when), as on the Interventies screen (`A` on screen 4).
struct InterventieCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command(
            "interventie", \.helpInterventie, discussion: \.helpInterventieDiscussion,
            subcommands: [
                InterventieAddCommand.self, InterventieEditCommand.self, InterventieDoneCommand.self,
                InterventieRemoveCommand.self,
            ])
    }
}

/// Which sociogram and measurement an intervention command means.
struct InterventionTarget: ParsableArguments {
    @OptionGroup var target: SectionOptions

    @OptionGroup var measurement: InterventionMeasurement

    /// The sociogram's index and the measurement's index, or one sentence saying what is missing.
    func resolve(_ s: Section) throws -> (Int, Int) { try measurement.resolve(s) }

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
                say.cliNoIntervention(date: sociogram.measurements[m].date, count: list.count, number: number)
            )
        }
        return at
    }
}

/// One numbered intervention of a measurement, as edit, done and remove name it.
struct NumberedIntervention: ParsableArguments {
    @OptionGroup var target: InterventionTarget

    @Option(help: ArgumentHelp(\.helpNumberedInterventionNumber, valueName: "n")) var number: Int

    /// Loads the section, lets `change` change the intervention at its place in the list, saves.
    func change(_ change: (inout Section, Int) throws -> Void) throws {
        try target.target.update { section in
            try change(&section, try target.find(number, in: section))
        }
    }
}

/// What `--who` and `--by` mean, shared by add and edit.
enum InterventionInput {
    static func what(_ text: String) throws -> String {
        do { return try TextRules.validName(text) } catch {
            throw CommandFailure(say.optionRefused("--what", reason: error))
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
                say.severalPeopleFor(
                    "--who", query: CommandSupport.shown(typed),
                    names: hits.map { CommandSupport.shown($0.name) }))
        case .notFound:
            do { return (nil, try TextRules.validName(typed)) } catch {
                throw CommandFailure(say.optionRefused("--who", reason: error))
            }
        }
    }

    static func day(_ text: String) throws -> Day? {
        let typed = text.trimmingCharacters(in: .whitespaces)
        if typed.isEmpty { return nil }
        guard let day = Day(typed: typed) else {
            throw CommandFailure(
                say.cliDateRefused(option: "--by", given: CommandSupport.shown(typed, limit: 20)))
        }
        return day
    }
}

struct InterventieAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("add", \.helpInterventieAdd) }

    @OptionGroup var target: InterventionTarget

    @Option(help: ArgumentHelp(\.helpInterventieAddWhat, valueName: "text")) var what: String

    @Option(help: ArgumentHelp(\.helpInterventieAddWho, valueName: "who")) var who: String = ""

    @Option(help: ArgumentHelp(\.helpInterventieAddBy, valueName: "day")) var by: String = ""

    func validate() throws {
        _ = try InterventionInput.what(what)
        _ = try InterventionInput.day(by)
    }

    func run() throws {
        let (s, m, words, number) = try target.target.update { section in
            let (g, m) = try target.resolve(section)
            let (person, words) = try InterventionInput.who(who, in: section)
            let s = section.networks.sociograms[g]
            section.instruments.interventions.append(
                SociogramIntervention(
                    sociogramID: s.id, measurementID: s.measurements[m].id,
                    what: try InterventionInput.what(what),
                    who: words, personID: person, byWhen: try InterventionInput.day(by)))
            let number = section.instruments.interventions(sociogram: s.id, measurement: s.measurements[m].id)
                .count
            return (s, m, words, number)
        }
        print(
            say.interventionAgreed(
                number, date: s.measurements[m].date, sociogram: CommandSupport.shown(s.name),
                words: CommandSupport.shown(words)))
    }
}

struct InterventieEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("edit", \.helpInterventieEdit) }

    @OptionGroup var chosen: NumberedIntervention

    @Option(help: ArgumentHelp(\.helpInterventieAddWhat, valueName: "text")) var what: String?

    @Option(help: ArgumentHelp(\.helpInterventieEditWho, valueName: "who")) var who: String?

    @Option(help: ArgumentHelp(\.helpInterventieEditBy, valueName: "day")) var by: String?

    func validate() throws {
        if let what { _ = try InterventionInput.what(what) }
        if let by { _ = try InterventionInput.day(by) }
        if what == nil, who == nil, by == nil {
            throw CommandFailure(say.giveOneOf(["--what", "--who", "--by"]))
        }
    }

    func run() throws {
        try chosen.change { section, at in
            if let what { section.instruments.interventions[at].what = try InterventionInput.what(what) }
            if let who {
                let (person, words) = try InterventionInput.who(who, in: section)
                section.instruments.interventions[at].personID = person
                section.instruments.interventions[at].who = words
            }
            if let by { section.instruments.interventions[at].byWhen = try InterventionInput.day(by) }
        }
        print(say.cliInterventionChanged(number: chosen.number))
    }
}

struct InterventieDoneCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("done", \.helpInterventieDone) }

    @OptionGroup var chosen: NumberedIntervention

    @Flag(help: ArgumentHelp(\.helpInterventieDoneUndo)) var undo = false

    func run() throws {
        try chosen.change { section, at in section.instruments.interventions[at].done = !undo }
        print(say.interventionMarked(chosen.number, done: !undo))
    }
}

struct InterventieRemoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("remove", \.helpInterventieRemove) }

    @OptionGroup var chosen: NumberedIntervention

    func run() throws {
        var what = ""
        try chosen.change { section, at in what = section.instruments.interventions.remove(at: at).what }
        print(say.cliInterventionRemoved(number: chosen.number, what: CommandSupport.shown(what)))
    }
}
