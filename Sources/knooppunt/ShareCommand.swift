import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt share init|clone`: makes the data directory a git repository that colleagues share.
struct ShareCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("share", \.helpShare, subcommands: [ShareInitCommand.self, ShareCloneCommand.self])
    }
}

/// What every shared data directory gets: section files merged by knooppunt, and nothing that belongs
/// to one machine (locks, temporary files, kept versions, conflict copies) in the repository.
enum ShareSetup {
    static let attributes = "*.json merge=knooppunt\n"
    static let ignore = """
        # knooppunt: what belongs to one machine stays out of the shared history.
        .*.lock
        .*.tmp-*
        .backup/
        *.sync-conflict-*
        *conflicted copy*
        # Private notes live in this machine's state folder, never here; should that folder ever be
        # set inside this one, its file still stays out.
        \(privateRule)

        """
    /// The private notes file's name at any depth (see `PrivateFile`).
    static let privateRule = PrivateFile.fileName

    /// The merge driver in the repository's own config, with this binary's absolute path.
    static func registerDriver(_ git: Git) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            .resolvingSymlinksInPath()
        let path = CommandLine.arguments[0].contains("/") ? binary.path : "knooppunt"
        try git.must(
            ["config", "merge.knooppunt.name", "knooppunt: secties samenvoegen"],
            doing: .registerMergeDriver)
        try git.must(
            ["config", "merge.knooppunt.driver", "'\(path)' merge-driver %O %A %B %P"],
            doing: .registerMergeDriver)
        // A commit needs a name; a machine without one gets a neutral one for this repository only.
        if (try? git.run(["config", "user.name"]))?.ok != true {
            try git.must(
                ["config", "user.name", "knooppunt op \(ProcessInfo.processInfo.hostName)"],
                doing: .setName)
        }
        if (try? git.run(["config", "user.email"]))?.ok != true {
            try git.must(["config", "user.email", "knooppunt@localhost"], doing: .setAddress)
        }
    }

    static func writeFiles(in directory: URL) throws {
        let attributes = directory.appendingPathComponent(".gitattributes")
        if !FileManager.default.fileExists(atPath: attributes.path) {
            try Self.attributes.write(to: attributes, atomically: true, encoding: .utf8)
        }
        let ignore = directory.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try Self.ignore.write(to: ignore, atomically: true, encoding: .utf8)
        } else if let text = try? String(contentsOf: ignore, encoding: .utf8),
            !text.split(separator: "\n").contains(Substring(privateRule))
        {
            // A repository set up before private notes moved out, or by hand, gets the rule too.
            let joined = (text.hasSuffix("\n") || text.isEmpty ? text : text + "\n") + privateRule + "\n"
            try joined.write(to: ignore, atomically: true, encoding: .utf8)
        }
    }
}

struct ShareInitCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("init", \.helpShareInit) }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(\.helpShareInitRemote, valueName: "url")) var remote: String?

    func run() throws {
        let store = try global.openStore()
        let git = Git(directory: store.directory)
        if !git.isRepository { try git.must(["init", "-q"], doing: .makeRepository) }
        try ShareSetup.writeFiles(in: store.directory)
        try ShareSetup.registerDriver(git)
        try git.must(["add", "-A"], doing: .addSections)
        if !(try git.run(["diff", "--cached", "--quiet"])).ok {
            try git.must(
                ["commit", "-q", "-m", "knooppunt: gedeelde map begonnen"], doing: .firstCommit)
        }
        if let remote {
            if (try git.run(["remote", "get-url", "origin"])).ok {
                try git.must(["remote", "set-url", "origin", remote], doing: .setRemote)
            } else {
                try git.must(["remote", "add", "origin", remote], doing: .addRemote)
            }
            try git.must(["push", "-q", "-u", "origin", "HEAD"], doing: .push(remote))
        }
        print(say.shared(store.directory.path, remote: remote))
    }
}

struct ShareCloneCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("clone", \.helpShareClone) }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(\.helpShareCloneUrl, valueName: "url")) var url: String

    func run() throws {
        let directory = global.dataDirectory
        let parent = directory.deletingLastPathComponent()
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path),
            !entries.isEmpty
        {
            throw CommandFailure(say.cliCloneNotEmpty(folder: directory.path))
        }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try Git(directory: parent).must(["clone", "-q", url, directory.path], doing: .clone(url))
        let git = Git(directory: directory)
        try ShareSetup.registerDriver(git)
        chmod(directory.path, 0o700)
        print(say.cliCloned(url: url, folder: directory.path))
    }
}
