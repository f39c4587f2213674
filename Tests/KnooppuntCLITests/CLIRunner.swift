import Foundation
import KnooppuntModel
import Testing

/// Runs the built `knooppunt` binary as a user would, each test with its own data directory.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// The stderr text as lines (no empty last line).
        var errorLines: [String] {
            stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
    }

    let dataDir: URL
    let home: URL

    /// An English locale, for tests that check the English sentences of commands without `--lang`.
    static let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]

    init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("knooppunt-cli-\(UUID().uuidString)", isDirectory: true)
        dataDir = base.appendingPathComponent("data", isDirectory: true)
        home = base.appendingPathComponent("home", isDirectory: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// The binary beside the test bundle (SwiftPM puts every product of one build in the same folder);
    /// KNOOPPUNT_BINARY overrides it.
    static func binary() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["KNOOPPUNT_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var folders = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for folder in folders {
            let candidate = folder.appendingPathComponent("knooppunt")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                return candidate
            }
        }
        throw CLIError(
            "the knooppunt binary was not found beside the test bundle (\(folders.map(\.path))); set KNOOPPUNT_BINARY"
        )
    }

    /// A process with the data directory on the command line and a private HOME, so that nothing the
    /// test does can touch the user's own sections.
    func process(_ arguments: [String], withDataDir: Bool = true, environment extra: [String: String] = [:])
        throws -> Process
    {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = arguments + (withDataDir ? ["--data-dir", dataDir.path] : [])
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "KNOOPPUNT_DATA_DIR")
        environment.removeValue(forKey: "XDG_DATA_HOME")
        // Machine-local state (the calendar's SEQUENCE ledger) goes under the private HOME as well.
        environment.removeValue(forKey: "XDG_STATE_HOME")
        environment["HOME"] = home.path
        environment.merge(extra) { $1 }
        process.environment = environment
        return process
    }

    @discardableResult
    func run(_ arguments: [String], withDataDir: Bool = true, environment: [String: String] = [:]) throws
        -> Result
    {
        let process = try process(arguments, withDataDir: withDataDir, environment: environment)
        // Files rather than pipes: a long output can never fill a pipe and block the child.
        let out = home.appendingPathComponent("out-\(UUID().uuidString)")
        let err = home.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    func file(_ slug: String) -> URL { dataDir.appendingPathComponent(slug + ".json") }

    func bytes(_ slug: String) throws -> Data { try Data(contentsOf: file(slug)) }

    /// The store as the binary sees it, with the private file under the test's private HOME.
    func store() throws -> SectionStore {
        try SectionStore(
            directory: dataDir,
            privateFile: PrivateFile(dataDirectory: dataDir, environment: ["HOME": home.path]))
    }

    /// The section files in the data directory (not the lock files, not the backup folder).
    func sectionFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dataDir.path).filter { $0.hasSuffix(".json") }
            .sorted()
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: dataDir.deletingLastPathComponent())
    }
}

struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A refusal as the brief asks for it: a non-zero status and exactly one line on stderr.
func expectOneLineRefusal(
    _ result: CLIRunner.Result, mentioning words: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status != 0, "exit status is non-zero", sourceLocation: sourceLocation)
    #expect(
        result.errorLines.count == 1, "one line on stderr, got: \(result.stderr)",
        sourceLocation: sourceLocation)
    for word in words {
        #expect(
            result.stderr.localizedCaseInsensitiveContains(word), "stderr mentions \(word): \(result.stderr)",
            sourceLocation: sourceLocation)
    }
}
