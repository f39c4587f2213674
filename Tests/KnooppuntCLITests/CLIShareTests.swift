import Foundation
import KnooppuntModel
import Testing

/// Two laptops sharing a data directory through a bare git repository, as a section would set it up:
/// share init, share clone, edits on both sides, sync both ways; a conflict kept in the file and
/// decided with `conflicts`. Needs git (installed by `make test`'s preparation).
@Suite struct CLIShareTests {
    static func gitInstalled() -> Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
    }

    /// Runs the binary with another data directory than the runner's own.
    static func run(_ cli: CLIRunner, _ arguments: [String], dir: URL) throws -> CLIRunner.Result {
        try cli.run(arguments + ["--data-dir", dir.path, "--lang", "en"], withDataDir: false)
    }

    static func section(_ dir: URL) throws -> Section {
        struct File: Decodable { var section: Section }
        return try JSONDecoder().decode(
            File.self, from: Data(contentsOf: dir.appendingPathComponent("sectie-engels.json"))
        ).section
    }

    @Test func twoLaptopsShareThroughABareRepository() throws {
        guard Self.gitInstalled() else {
            Issue.record("git is not installed; `make test` installs it (apt-get install git)")
            return
        }
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let root = cli.home.deletingLastPathComponent()
        let remote = root.appendingPathComponent("remote.git"), a = root.appendingPathComponent("a"),
            b = root.appendingPathComponent("b")
        let bare = Process()
        bare.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        bare.arguments = ["init", "-q", "--bare", remote.path]
        try bare.run()
        bare.waitUntilExit()
        #expect(try Self.run(cli, ["demo"], dir: a).status == 0)
        let share = try Self.run(cli, ["share", "init", "--remote", remote.path], dir: a)
        #expect(share.status == 0, "\(share.stderr)")
        let clone = try cli.run(["share", "clone", remote.path, "--data-dir", b.path], withDataDir: false)
        #expect(clone.status == 0, "\(clone.stderr)")
        // Different initiatives on each laptop: both arrive on both.
        _ = try Self.run(
            cli, ["step", "--section", "sectie-engels", "--initiative", "Toetsmodel", "next", "--force"],
            dir: a)
        _ = try Self.run(
            cli, ["step", "--section", "sectie-engels", "--initiative", "Literatuur", "next", "--force"],
            dir: b)
        let first = try Self.run(cli, ["sync"], dir: a)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("Went out: Toetsmodel naar stap 6"))
        let second = try Self.run(cli, ["sync"], dir: b)
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("Came in: Sectie Engels: Toetsmodel to step 6"))
        _ = try Self.run(cli, ["sync"], dir: a)
        for dir in [a, b] {
            let s = try Self.section(dir)
            #expect(s.initiatives.first { $0.title == "Toetsmodel" }?.stage == .step(6))
            #expect(s.initiatives.first { $0.title == "Literatuuronderwijs" }?.stage == .step(9))
        }
        // The same field on both laptops: kept twice, exit 3, no conflict markers, decided by a person.
        for (dir, goal) in [(a, "Doel van A"), (b, "Doel van B")] {
            var s = try Self.section(dir)
            let i = s.initiatives.firstIndex { $0.title == "Toetsmodel" }!
            s.initiatives[i].goal = goal
            let data = try SectionFileFormat.encode(s, revision: 50)
            try data.write(to: dir.appendingPathComponent("sectie-engels.json"))
        }
        #expect(try Self.run(cli, ["sync"], dir: a).status == 0)
        let clash = try Self.run(cli, ["sync"], dir: b)
        #expect(clash.status == 3, "\(clash.stdout)\(clash.stderr)")
        let text = try String(contentsOf: b.appendingPathComponent("sectie-engels.json"), encoding: .utf8)
        #expect(!text.contains("<<<<<<<"))
        let merged = try Self.section(b)
        #expect(merged.conflicts.count == 1)
        #expect(merged.conflicts.first?.other == "\"Doel van A\"")
        let list = try Self.run(cli, ["conflicts", "--section", "sectie-engels"], dir: b)
        #expect(list.status == 3)
        #expect(list.stdout.contains("Doel van A") && list.stdout.contains("Doel van B"))
        let id = String(merged.conflicts[0].id.uuidString.prefix(8))
        #expect(
            try Self.run(
                cli, ["conflicts", "--section", "sectie-engels", "--id", id, "--keep", "other"], dir: b
            ).status == 0)
        #expect(try Self.run(cli, ["sync"], dir: b).status == 0)
        #expect(try Self.run(cli, ["sync"], dir: a).status == 0)
        for dir in [a, b] {
            let s = try Self.section(dir)
            #expect(s.conflicts.isEmpty)
            #expect(s.initiatives.first { $0.title == "Toetsmodel" }?.goal == "Doel van A")
        }
    }

    @Test func anUnreachableRemoteKeepsTheWorkCommittedAndSaysSo() throws {
        guard Self.gitInstalled() else {
            Issue.record("git is not installed; `make test` installs it (apt-get install git)")
            return
        }
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let a = cli.home.deletingLastPathComponent().appendingPathComponent("a")
        #expect(try Self.run(cli, ["demo"], dir: a).status == 0)
        #expect(try Self.run(cli, ["share", "init"], dir: a).status == 0)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        git.arguments = ["-C", a.path, "remote", "add", "origin", "/nonexistent/remote.git"]
        try git.run()
        git.waitUntilExit()
        _ = try Self.run(
            cli, ["step", "--section", "sectie-engels", "--initiative", "Toetsmodel", "next", "--force"],
            dir: a)
        let sync = try Self.run(cli, ["sync"], dir: a)
        #expect(sync.status == 1)
        #expect(sync.stdout.contains("cannot be reached"))
    }

    @Test func aSyncedFoldersConflictCopyIsMergedAndMovedOut() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        var theirs = try Self.section(cli.dataDir)
        let i = theirs.initiatives.firstIndex { $0.title == "Toetsmodel" }!
        theirs.initiatives[i].goal = "Van de andere laptop"
        let copy = cli.dataDir.appendingPathComponent(
            "sectie-engels.sync-conflict-20261201-101010-ABCDEFG.json")
        try SectionFileFormat.encode(theirs, revision: 2).write(to: copy)
        let sync = try cli.run(["sync", "--lang", "en"])
        #expect(sync.stdout.contains("Merged: sectie-engels"), "\(sync.stdout)\(sync.stderr)")
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        #expect(
            try Self.section(cli.dataDir).initiatives[i].goal.contains("Van de andere laptop")
                || (try Self.section(cli.dataDir).conflicts.count) == 1)
    }
}

/// OneDrive names its copy `x-COMPUTER.json`, which sorts before `x.json`: the original still owns the
/// section and the copy is the one merged in and moved out.
@Suite struct CLIOneDriveCopyTests {
    @Test func aCopyNamedLikeASlugIsStillTheCopy() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        var theirs = try CLIShareTests.section(cli.dataDir)
        let i = theirs.initiatives.firstIndex { $0.title == "Toetsmodel" }!
        theirs.initiatives[i].goal = "Van OneDrive"
        let copy = cli.dataDir.appendingPathComponent("sectie-engels-laptop7.json")
        try SectionFileFormat.encode(theirs, revision: 2).write(to: copy)
        let sync = try cli.run(["sync", "--lang", "en"])
        #expect(
            sync.stdout.contains("sectie-engels: sectie-engels-laptop7.json"), "\(sync.stdout)\(sync.stderr)")
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        #expect(
            FileManager.default.fileExists(
                atPath: cli.dataDir.appendingPathComponent("sectie-engels.json").path))
        // No merge base on this machine: the two goals differ, so the copy's one waits as a conflict.
        let merged = try CLIShareTests.section(cli.dataDir)
        #expect(merged.conflicts.contains { $0.other == "\"Van OneDrive\"" })
    }
}
