import Foundation
import KnooppuntModel
import Testing

/// `knooppunt step`: the rules of the stappenplan on the command line, and a second writer.
@Suite struct CLIStepTests {
    static let literatuur = UUID(uuidString: "00000000-0000-4000-8000-000000000101")!
    static let proficiency = UUID(uuidString: "00000000-0000-4000-8000-000000000103")!

    func demo() throws -> CLIRunner {
        let cli = try CLIRunner()
        let result = try cli.run(["demo"])
        guard result.status == 0 else { throw CLIError("demo failed: \(result.stderr)") }
        return cli
    }

    func stage(_ cli: CLIRunner, _ id: UUID) throws -> Stage? {
        try cli.store().load("sectie-engels").section.initiative(id)?.stage
    }

    @Test func forbiddenMoveIsRefusedWithItsReasonAndWritesNothing() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let before = try cli.bytes("sectie-engels")
        // Literatuuronderwijs is at step 8: closing needs step 9 or 10.
        let close = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Literatuuronderwijs",
            "close",
        ])
        expectOneLineRefusal(close, mentioning: ["step 9 or 10"])
        // Skipping ahead is not a move the command offers; --to goes with back only.
        let skip = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Literatuuronderwijs",
            "next", "--to", "10",
        ])
        expectOneLineRefusal(skip, mentioning: ["--to"])
        #expect(try cli.bytes("sectie-engels") == before)
    }

    /// `back --to N` with N after the current step was carried out as a forward move (5 → 6), skipping
    /// the intent of the word "back"; it must be refused and write nothing.
    @Test func backToALaterStepIsRefused() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let before = try cli.bytes("sectie-engels")
        // Toetsmodel is at step 5.
        let forward = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Toetsmodel", "back",
            "--to", "6",
        ])
        expectOneLineRefusal(forward, mentioning: ["step 5", "next"])
        let same = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Toetsmodel", "back",
            "--to", "5",
        ])
        expectOneLineRefusal(same, mentioning: ["already"])
        #expect(try cli.bytes("sectie-engels") == before)
    }

    @Test func badNotesAndDatesAreRefusedBeforeAnythingIsRead() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let before = try cli.bytes("sectie-engels")
        let base = [
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Literatuuronderwijs",
            "next",
        ]
        expectOneLineRefusal(try cli.run(base + ["--note", "rood \u{1B}[31m"]), mentioning: ["note"])
        expectOneLineRefusal(try cli.run(base + ["--on", "2026-02-30"]), mentioning: ["YYYY-MM-DD"])
        expectOneLineRefusal(try cli.run(base.dropLast() + ["back", "--to", "11"]), mentioning: ["0 to 10"])
        #expect(try cli.bytes("sectie-engels") == before)
    }

    /// `--on 2020-01-01` was accepted after a change dated 2026-11-17, so the history ran backwards.
    @Test func aDayBeforeTheLastChangeIsRefused() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let before = try cli.bytes("sectie-engels")
        // Toetsmodel's last change (4 → 5) is dated 2026-11-17 in the demo.
        let early = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Toetsmodel", "back",
            "--on", "2020-01-01",
        ])
        expectOneLineRefusal(early, mentioning: ["2020-01-01", "2026-11-17"])
        #expect(try cli.bytes("sectie-engels") == before)
        let sameDay = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Toetsmodel", "back",
            "--on", "2026-11-17",
        ])
        #expect(sameDay.status == 0, "\(sameDay.stderr)")
    }

    @Test func missingRecordStopsUnlessForced() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let before = try cli.bytes("sectie-engels")
        let refused = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "english proficiency",
            "next",
        ])
        expectOneLineRefusal(refused, mentioning: ["goal", "--force", "editor"])
        #expect(try cli.bytes("sectie-engels") == before)
        #expect(try stage(cli, Self.proficiency) == .step(4))

        let forced = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "ENGLISH PROFICIENCY",
            "next", "--force",
            "--note", "Toch doorgezet", "--on", "2026-11-21",
        ])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("goal"), "a forced move still says what is missing")
        let moved = try #require(try cli.store().load("sectie-engels").section.initiative(Self.proficiency))
        #expect(moved.stage == .step(5))
        #expect(
            moved.history.last
                == StepChange(from: .step(4), to: .step(5), date: Day("2026-11-21")!, note: "Toch doorgezet"))
    }

    @Test func allowedMovesByTitleOrIdAreSavedWithHistory() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        // Accents and case do not matter; the id works too.
        let next = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "LITERATUURONDERWÏJS",
            "next", "--note",
            "Eerste ervaringen",
        ])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try stage(cli, Self.literatuur) == .step(9))
        let back = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", Self.literatuur.uuidString,
            "back", "--to",
            "8",
        ])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try stage(cli, Self.literatuur) == .step(8))
        let history = try #require(
            try cli.store().load("sectie-engels").section.initiative(Self.literatuur)?.history)
        #expect(history.suffix(2).map(\.to) == [.step(9), .step(8)])
        #expect(history.suffix(2).first?.note == "Eerste ervaringen")

        // Drop, then back reopens it at the step it had.
        #expect(
            try cli.run([
                "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "toetsmodel", "drop",
            ]).status
                == 0)
        let toetsmodel = UUID(uuidString: "00000000-0000-4000-8000-000000000102")!
        #expect(try stage(cli, toetsmodel) == .dropped)
        #expect(
            try cli.run([
                "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "toetsmodel", "back",
            ]).status
                == 0)
        #expect(try stage(cli, toetsmodel) == .step(5))
    }

    @Test func theSectionMayBeGivenByItsName() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let byName = try cli.run([
            "step", "--lang", "en", "--section", "Sectie Engels", "--initiative", "Literatuuronderwijs",
            "next",
        ])
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(try stage(cli, Self.literatuur) == .step(9))
        let unknown = try cli.run([
            "step", "--lang", "en", "--section", "Sectie Duits", "--initiative", "x", "next",
        ])
        expectOneLineRefusal(unknown, mentioning: ["Sectie Duits", "knooppunt sections"])
    }

    @Test func unknownAndAmbiguousInitiativesAreNamed() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let unknown = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Rekenbeleid", "next",
        ])
        expectOneLineRefusal(unknown, mentioning: ["Rekenbeleid", "Toetsmodel"])

        let stored = try cli.store().load("sectie-engels")
        var section = stored.section
        let twin = Initiative(title: "toetsmodel", stage: .step(1), created: Day("2026-11-01")!)
        section.initiatives.append(twin)
        _ = try cli.store().save(section, slug: "sectie-engels", expectedRevision: stored.revision)
        let ambiguous = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Toetsmodel", "next",
        ])
        expectOneLineRefusal(
            ambiguous, mentioning: [twin.id.uuidString, "00000000-0000-4000-8000-000000000102"])
    }

    /// A second writer saves between our read and our save: we must get the conflict sentence, and the
    /// other writer's work must survive.
    @Test func concurrentWriterGetsAConflictNotASilentOverwrite() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let slow = try cli.process([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Literatuuronderwijs",
            "next",
            "--pause-before-save", "3",
        ])
        let out = Pipe()
        let errFile = cli.home.appendingPathComponent("slow-err")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let errHandle = try FileHandle(forWritingTo: errFile)
        slow.standardOutput = out
        slow.standardError = errHandle
        try slow.run()
        // Wait until the slow writer has read the section.
        var seen = ""
        while !seen.contains("read revision") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        #expect(seen.contains("read revision 1"))

        let fast = try cli.run([
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "English Proficiency",
            "back",
        ])
        #expect(fast.status == 0, "\(fast.stderr)")

        slow.waitUntilExit()
        try errHandle.close()
        let stderr = String(decoding: try Data(contentsOf: errFile), as: UTF8.self)
        expectOneLineRefusal(
            CLIRunner.Result(status: slow.terminationStatus, stdout: seen, stderr: stderr),
            mentioning: ["someone else", "nothing was written", "run the command again"])
        #expect(try stage(cli, Self.proficiency) == .step(3), "the other writer's move survived")
        #expect(try stage(cli, Self.literatuur) == .step(8), "the conflicting move was not written")
    }
}

/// `--on` takes Dutch dates as the interface does, and a day after today is asked for (refused
/// without --yes when nobody can answer).
@Suite struct CLIStepDateTests {
    @Test func dutchDatesAndFutureDays() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let before = try cli.bytes("sectie-engels")
        let base = [
            "step", "--lang", "en", "--section", "sectie-engels", "--initiative", "Toetsmodel", "back",
        ]
        let future = Day.today.adding(days: 30)
        let dutchFuture = "\(future.day)-\(future.month)-\(future.year)"
        let refused = try cli.run(base + ["--on", dutchFuture])
        expectOneLineRefusal(refused, mentioning: ["--yes", future.description])
        #expect(try cli.bytes("sectie-engels") == before)
        let accepted = try cli.run(base + ["--on", dutchFuture, "--yes"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let toetsmodel = try #require(
            try cli.store().load("sectie-engels").section.initiatives.first { $0.title == "Toetsmodel" })
        #expect(toetsmodel.history.last?.date == future)
        // A day before that last change is still refused, in Dutch form too.
        let early = try cli.run(base.dropLast() + ["next", "--on", "17-11-2026", "--force"])
        expectOneLineRefusal(early, mentioning: ["2026-11-17", future.description])
    }
}

/// `show person` with a name that fits several people lists them with their initials, by which two
/// people with the same full name are told apart.
@Suite struct CLIShowPersonAmbiguityTests {
    @Test func candidatesAreListedWithInitialsAndInitialsDecide() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let store = try cli.store()
        let stored = try store.load("sectie-engels")
        var section = stored.section
        section.people += [
            Person(name: "Jan Smit", initials: "JS"), Person(name: "Jan Smit", initials: "JSm"),
        ]
        _ = try store.save(section, slug: "sectie-engels", expectedRevision: stored.revision)
        let both = try cli.run([
            "show", "person", "--lang", "en", "--section", "sectie-engels", "--name", "Jan Smit",
        ])
        expectOneLineRefusal(both, mentioning: ["Jan Smit (JS)", "Jan Smit (JSm)", "initials"])
        let one = try cli.run(["show", "person", "--section", "sectie-engels", "--name", "JSm"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("Jan Smit (JSm)"))
    }
}
