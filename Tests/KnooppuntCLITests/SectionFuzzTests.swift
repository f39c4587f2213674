import Foundation
import Testing

@testable import KnooppuntModel

/// The demo section, damaged thousands of ways (`SectionFileMutator`), loaded by the store, run through
/// the model's rules and queries, and saved. Nothing may trap (a trap ends the test process), a file the
/// store refuses must stay byte for byte as it was, and what a save wrote must load again. Every
/// third file that loads is drawn by the interface's views in-process (`SectionViewsRendering`), and
/// every twentieth goes through the built binary's `show` commands as well. `make fuzz` runs a longer round from a new seed: KNOOPPUNT_FUZZ_SEED and KNOOPPUNT_FUZZ_COUNT
/// set them, and the seed is printed so a failing round can be repeated.
@Suite struct SectionFuzzTests {
    static let defaultSeed: UInt64 = 20_261_201
    static let defaultCount = 2_000
    static let today = Day("2026-11-21")!

    @Test func damagedSectionFilesNeverTrapAndARefusedFileIsLeftAlone() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["KNOOPPUNT_FUZZ_SEED"].flatMap { UInt64($0) } ?? Self.defaultSeed
        let count = environment["KNOOPPUNT_FUZZ_COUNT"].flatMap { Int($0) } ?? Self.defaultCount
        print("section fuzz: seed \(seed), \(count) files")

        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try #require(try cli.run(["demo"]).status == 0)
        let sound = try JSONTree(parsing: try cli.bytes("sectie-engels"))
        let store = try cli.store()
        var loaded = 0
        for round in 0..<count {
            let fileSeed = seed &+ UInt64(round) &* 0x9E37_79B9
            var mutator = SectionFileMutator(seed: fileSeed)
            let data = mutator.mutate(sound).data
            try data.write(to: cli.file("fuzz"))
            let context = "seed \(seed), round \(round)"
            let stored: StoredSection
            do {
                stored = try store.load("fuzz")
            } catch {
                #expect(try cli.bytes("fuzz") == data, "a refused file is left alone (\(context))")
                continue
            }
            loaded += 1
            #expect(try cli.bytes("fuzz") == data, "a load never writes (\(context))")
            Self.exercise(stored.section)
            // Drawing costs more than all the rest of a round (a debug build lays out the sociogram), so
            // every third file is drawn in-process and every twentieth also by the binary.
            if round % 3 == 0 {
                let drawn = SectionViewsRendering.renderAll(stored.section, today: Self.today)
                #expect(
                    !drawn.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && TerminalSafe.isUnsafe($0) },
                    "the views draw no control characters (\(context))")
            }
            let saved = try store.save(
                AgendaPlanner.plan(stored.section, today: Self.today), slug: "fuzz",
                expectedRevision: stored.revision)
            let reloaded = try store.load("fuzz")
            #expect(reloaded.revision == saved.revision, "what was saved loads again (\(context))")
            if round % 20 == 0 { try Self.show(cli, context: context) }
        }
        print("section fuzz: \(loaded) of \(count) damaged files loaded")
        #expect(loaded > count / 10, "the damage leaves enough files readable to test the rules")
    }

    /// The rules and queries the screens and commands use, on a section the store handed out.
    static func exercise(_ section: Section) {
        _ = AgendaPlanner.plan(section, today: today)
        for initiative in section.initiatives {
            _ = AgendaPlanner.placement(of: initiative, in: section, today: today)
            _ = StepRecords.missingNow(for: initiative)
            _ = initiative.stageSince
            for target in StepRules.allowedTargets(from: initiative.stage) {
                _ = StepRules.verdict(from: initiative.stage, to: target)
                _ = StepRecords.missing(for: initiative, movingTo: target)
            }
        }
        _ = section.meetingsInOrder
        _ = section.nextMeeting(after: today)
        for meeting in section.meetings {
            _ = section.agenda(ofMeeting: meeting.number)
            _ = section.routineTasks(ofMeeting: meeting.number)
        }
        for item in section.agenda { _ = section.title(of: item) }
        for task in section.routineTasks { _ = section.meetingShowing(task) }
        for person in section.people.prefix(3) {
            _ = section.initiatives(of: person.id, today: today)
            _ = section.removingPerson(person.id)
        }
        _ = TitleMatch.initiatives(in: section, matching: "lit")
        _ = PersonLookup(section: section).find("de")
        _ = StappenplanExport.tsv(section) + StappenplanExport.json(section)
        _ = JaaragendaExport.tsv(section) + JaaragendaExport.json(section)
        _ = SectionSummary(slug: "fuzz", section: section)
        for sociogram in section.networks.sociograms {
            for member in sociogram.memberIDs { _ = sociogram.memberName(member, in: section) }
        }
        for ecogram in section.networks.ecograms {
            _ = ecogram.contactsPerArea
            for tie in ecogram.ties { _ = ecogram.isNegative(tie) }
        }
        for analysis in section.networks.analyses {
            var copy = section
            copy.applyInvolvement(from: analysis)
            _ = analysis.unconnectedIngredients
        }
    }

    /// The printed views of the binary; a trap there shows as a signal instead of an exit status, and
    /// whatever the file holds, nothing it prints may carry an escape sequence.
    static func show(_ cli: CLIRunner, context: String) throws {
        let views: [[String]] = [
            ["show", "stappenplan"], ["show", "jaaragenda"], ["show", "sociogram"], ["show", "ecogram"],
            ["show", "netwerkanalyse"], ["show", "meeting", "--number", "1"],
            ["show", "initiative", "--initiative", "Literatuuronderwijs"],
        ]
        for view in views {
            let result = try cli.run(view + ["--section", "fuzz"])
            #expect(result.status == 0 || result.status == 1, "\(view) ends normally (\(context))")
            let printed = result.stdout + result.stderr
            #expect(
                !printed.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && TerminalSafe.isUnsafe($0) },
                "\(view) prints no control characters (\(context))")
        }
    }
}
