import ArgumentParser
import Foundation
import KnooppuntModel

/// `knooppunt merge-driver BASE OURS THEIRS [PATH]`: git's merge driver for section files
/// (`merge=knooppunt` in .gitattributes). Writes the merged section into OURS, as git expects, and
/// never conflict markers: what both sides changed differently stays in the file as an open conflict.
struct MergeDriverCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .command("merge-driver", \.helpMergeDriver) }

    @Argument(help: ArgumentHelp(\.helpMergeDriverBase)) var base: String
    @Argument(help: ArgumentHelp(\.helpMergeDriverOurs)) var ours: String
    @Argument(help: ArgumentHelp(\.helpMergeDriverTheirs)) var theirs: String
    @Argument(help: ArgumentHelp(\.helpMergeDriverPath)) var path: String?

    func run() throws {
        let name = path ?? ours
        func read(_ file: String) throws -> (section: Section, revision: Int) {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            return try SectionFileFormat.decode(data, file: name)
        }
        let o = try read(ours), t = try read(theirs)
        // A section added on both sides has no common ancestor: git hands an empty file.
        let b = (try? read(base))?.section ?? Section(id: o.section.id, name: o.section.name)
        let merged = try SectionMerge.merge(
            base: b, ours: o.section, theirs: t.section, source: "git (\(name))")
        let data = try SectionFileFormat.encode(merged.section, revision: max(o.revision, t.revision) + 1)
        try data.write(to: URL(fileURLWithPath: ours), options: .atomic)
        if !merged.conflicts.isEmpty {
            TerminalOutput.standardError(
                "knooppunt: \(name): \(merged.conflicts.count) conflict(s) kept in the section; see `knooppunt conflicts`.\n"
            )
        }
    }
}
