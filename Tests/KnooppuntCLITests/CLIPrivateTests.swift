import Foundation
import KnooppuntModel
import Testing

/// Privacy through the binary (docs/METHOD.md, "Privacy"): the demo's private notes live in this
/// machine's private file, a git share never commits them, and `forget` reaches that file too.
@Suite struct CLIPrivateTests {
    static let jochemsNote = "ouderschapsverlof"
    static let theosNote = "eind van dit schooljaar met pensioen"

    /// The private file of a data directory, as the binary resolves it under the runner's HOME.
    static func privateFile(_ cli: CLIRunner, dir: URL) -> URL {
        PrivateFile(dataDirectory: dir, environment: ["HOME": cli.home.path]).url
    }

    static func git(_ arguments: [String], in dir: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", dir.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theDemosNotesAreInThePrivateFileNotTheSectionFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let shared = try CLIForgetPurgeTests.everything(cli)
        #expect(!shared.contains(Self.jochemsNote) && !shared.contains(Self.theosNote))
        let file = Self.privateFile(cli, dir: cli.dataDir)
        let privateText = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(privateText.contains(Self.jochemsNote) && privateText.contains(Self.theosNote))
        // Still shown where a note is asked for.
        let person = try cli.run([
            "show", "person", "--section", "sectie-engels", "--name", "Theo", "--private",
        ])
        #expect(person.stdout.contains(Self.theosNote), "\(person.stdout)\(person.stderr)")
    }

    @Test func aGitShareNeverCommitsThePrivateFile() throws {
        guard CLIShareTests.gitInstalled() else {
            Issue.record("git is not installed; `make test` installs it (apt-get install git)")
            return
        }
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        // A hand-made .gitignore from before gets the rule added, and keeps its own lines.
        try "notities.txt\n".write(
            to: cli.dataDir.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        // Even a private file that somehow lies in the folder (a state folder set up inside it).
        try Data("{\"geheim\": \"\(Self.theosNote)\"}".utf8).write(
            to: cli.dataDir.appendingPathComponent(PrivateFile.fileName))
        let share = try cli.run(["share", "init"])
        #expect(share.status == 0, "\(share.stderr)")
        let ignore = try String(contentsOf: cli.dataDir.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore.hasPrefix("notities.txt\n") && ignore.contains("\n\(PrivateFile.fileName)\n"))
        // A note typed after sharing (through the private file) and a sync: still never committed.
        let step = try cli.run([
            "step", "--section", "sectie-engels", "--initiative", "Toetsmodel", "next", "--force",
        ])
        #expect(step.status == 0, "\(step.stderr)")
        #expect(try cli.run(["sync"]).status == 0)
        let files = try Self.git(["ls-files"], in: cli.dataDir)
        #expect(!files.contains(PrivateFile.fileName))
        let history = try Self.git(["log", "-p", "--all"], in: cli.dataDir)
        #expect(history.contains("Toetsmodel"), "the history is read")
        #expect(!history.contains(Self.jochemsNote) && !history.contains(Self.theosNote))
    }

    @Test func forgetAlsoReachesThePrivateFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        let file = Self.privateFile(cli, dir: cli.dataDir)
        #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self).contains(Self.theosNote))
        let done = try cli.run(["forget", "--section", "sectie-engels", "--person", "Theo", "--yes"])
        #expect(done.status == 0, "\(done.stderr)")
        let after = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(!after.contains(Self.theosNote))
        #expect(after.contains(Self.jochemsNote), "another person's note stays")
        // Nothing of him under the machine's state folder either (merge bases, private file).
        let state = cli.home.appendingPathComponent(".local/state")
        #expect(!(try CLIForgetPurgeTests.everything(at: state)).contains("Theo Ge"))
    }
}
