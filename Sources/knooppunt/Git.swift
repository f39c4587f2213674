import Foundation
import KnooppuntWords

/// git, run as a child process in the data directory. knooppunt uses git as people have it (any
/// remote git reaches: a bare repository on a share or a stick, a school server, a hosted service).
struct Git {
    let directory: URL
    /// The words of its failures: the command's language, or the interface's when the interface syncs.
    var words: Words = say

    struct Result {
        var status: Int32
        var output: String
        var error: String
        var ok: Bool { status == 0 }
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        // Never ask on a terminal the user is not looking at (a password, an editor for a message).
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_EDITOR"] = "true"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw CommandFailure(words.cliGitNotStarted(reason: error.localizedDescription))
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }

    @discardableResult
    func must(_ arguments: [String], doing step: GitStep) throws -> Result {
        let r = try run(arguments)
        guard r.ok else {
            let reason = r.error.split(separator: "\n").last.map(String.init) ?? "exit \(r.status)"
            throw CommandFailure(words.gitFailed(step, reason: reason))
        }
        return r
    }

    var isRepository: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(".git").path)
    }

    /// The file as it is in a commit, or nil when the commit does not have it.
    func show(_ commit: String, _ path: String) -> Data? {
        guard let r = try? run(["show", "\(commit):\(path)"]), r.ok else { return nil }
        return Data(r.output.utf8)
    }
}
