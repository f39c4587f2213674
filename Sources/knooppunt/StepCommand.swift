import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt step --section SLUG --initiative TITLE-OR-ID next|back|close|drop`: moves an initiative
/// through the stappenplan, with the rules of `StepRules` and the warnings of `StepRecords`.
struct StepCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("step", \.helpStep, discussion: \.helpStepDiscussion)
    }

    @OptionGroup var target: SectionOptions

    @Option(help: ArgumentHelp(\.helpChosenInitiative, valueName: "title-or-id")) var initiative: String

    @Argument(help: ArgumentHelp(\.helpStepMove)) var move: StepMove

    @Option(help: ArgumentHelp(\.helpStepTo, valueName: "step")) var to: Int?

    @Option(help: ArgumentHelp(\.helpStepNote)) var note: String = ""

    @Option(help: ArgumentHelp(\.helpStepOn, valueName: "day")) var on: String?

    @Flag(help: ArgumentHelp(\.helpStepForce)) var force = false

    @Flag(help: ArgumentHelp(\.helpStepYes)) var yes = false

    /// For the command-line tests only: after reading, print "read revision N" and wait this many seconds
    /// before saving, so that a test can play the second writer in between.
    @Option(name: .customLong("pause-before-save"), help: .hidden) var pauseBeforeSave: Double?

    func validate() throws {
        if let to {
            guard move == .back else {
                throw CommandFailure(say.cliStepToWithoutBack(move: move.rawValue))
            }
            guard (Stage.firstStep...Stage.lastStep).contains(to) else {
                throw CommandFailure(say.cliStepToRefused(to: to))
            }
        }
        if let on, Day(typed: on) == nil {
            throw CommandFailure(say.cliStepOnRefused)
        }
        _ = try CommandSupport.validNote(note)
    }

    func run() throws {
        let (store, stored) = try target.load()
        var updated = stored.section
        let current = try Self.find(initiative, in: updated)
        let name = "“\(CommandSupport.shown(current.title))”"

        let target: Stage
        if let to {
            // `back --to` names a step behind the current one; the rules alone would let `back --to 6`
            // from step 5 through as an ordinary forward move, without the user asking for one.
            if let now = current.stage.stepNumber, to > now {
                throw CommandFailure(say.cliStepBackForward(name: name, at: now, to: to))
            }
            target = .step(to)
        } else {
            switch move.target(for: current) {
            case .success(let stage): target = stage
            case .failure(let refusal):
                throw CommandFailure(say.stepStays(name, at: current.stage, reason: refusal))
            }
        }
        if case .forbidden(let refusal) = StepRules.verdict(from: current.stage, to: target) {
            throw CommandFailure(say.stepForbidden(name, from: current.stage, to: target, reason: refusal))
        }
        let missing = StepRecords.missing(for: current, movingTo: target)
        // The command line cannot fill these in; the sentence says where they are recorded.
        if !missing.isEmpty && !force {
            throw CommandFailure(say.stepMissing(name, at: current.stage, missing: missing))
        }

        let day = on.flatMap { Day(typed: $0) } ?? .today
        // The history is read in order (days in a step, the day step 3 was reached for the jaaragenda);
        // a typed date before the last recorded change would make it run backwards.
        let earliest = current.history.last?.date ?? current.created
        if on != nil && day < earliest {
            throw CommandFailure(say.cliStepBeforeLastChange(day: day, name: name, earliest: earliest))
        }
        if on != nil, day > .today, !yes {
            try Self.confirmFuture(day, name: name)
        }
        let moved = current.moved(to: target, on: day, note: try CommandSupport.validNote(note))
        guard let index = updated.initiatives.firstIndex(where: { $0.id == current.id }) else { return }
        updated.initiatives[index] = moved

        if let pauseBeforeSave {
            CommandSupport.emit("read revision \(stored.revision)\n")
            Thread.sleep(forTimeInterval: pauseBeforeSave)
        }
        // The store's sentence says "reload", which is what the interface offers; a command has nothing
        // to reload, and running it again re-checks the rules on the other writer's version.
        let saved = try SectionOptions.save(updated, store: store, stored: stored)
        if !missing.isEmpty {
            CommandSupport.warn(say.stepMovedAnyway(missing: missing))
        }
        CommandSupport.emit(
            say.stepMoved(name, from: current.stage, to: target, revision: saved.revision) + "\n")
    }

    /// A move dated after today is usually a typing error (2027 for 2026): at a terminal the user is
    /// asked; in a script, where nobody can answer, it is refused unless --yes says it is meant.
    static func confirmFuture(_ day: Day, name: String) throws {
        let refusal = CommandFailure(say.stepFutureRefused(day, name: name))
        guard isatty(STDIN_FILENO) == 1 else { throw refusal }
        TerminalOutput.standardError(say.stepFutureQuestion(day, name: name))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard ["y", "yes", "j", "ja"].contains(answer) else { throw refusal }
    }

    /// The one initiative `query` names (id, else title ignoring case and accents), or a sentence saying
    /// that there is none or which ones it could be.
    static func find(_ query: String, in section: Section) throws -> Initiative {
        let matches = TitleMatch.initiatives(in: section, matching: query)
        if matches.count == 1 { return matches[0] }
        let shownQuery = "“\(CommandSupport.shown(query))”"
        if matches.isEmpty {
            let titles = section.initiativesInBoardOrder.map {
                "“\(CommandSupport.shown($0.title, limit: 40))”"
            }
            throw CommandFailure(
                say.stepNoInitiative(shownQuery, section: CommandSupport.shown(section.name), titles: titles))
        }
        let candidates = matches.map {
            "“\(CommandSupport.shown($0.title, limit: 40))” (\($0.id.uuidString))"
        }
        throw CommandFailure(say.stepSeveralInitiatives(shownQuery, candidates: candidates))
    }
}
