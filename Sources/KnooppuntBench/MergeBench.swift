import Foundation
import KnooppuntModel

/// `make bench` merge figures: the three-way merge of two versions of a section of about 1 MB (a
/// generated section grown until its file is that large), each side with its own edits, median of
/// several runs; beside `git merge-file` on the same three files (a line-based merge of text, the
/// reference a section shared through git would otherwise get), as a ratio.
enum MergeBench {
    static func run() {
        print("Merge bench (two versions of a ~1 MB section; reference: git merge-file on the same files)")
        var initiatives = 200
        var base = RenderBench.Generated.section(initiatives: initiatives, meetings: 40)
        while ((try? SectionFileFormat.encode(base, revision: 1))?.count ?? 0) < 1_000_000,
            initiatives < 20_000
        {
            initiatives *= 2
            base = RenderBench.Generated.section(initiatives: initiatives, meetings: 40)
        }
        let size = (try? SectionFileFormat.encode(base, revision: 1))?.count ?? 0
        var ours = base, theirs = base
        for i in stride(from: 0, to: ours.initiatives.count, by: 7) { ours.initiatives[i].goal += " (ons)" }
        for i in stride(from: 3, to: theirs.initiatives.count, by: 11) {
            theirs.initiatives[i].approach += "\nnieuwe regel"
        }
        theirs.meetings.append(Meeting(number: 41, date: Day(year: 2027, month: 6, day: 30)))
        var samples: [Double] = []
        var conflicts = 0
        for _ in 0..<7 {
            let start = Date()
            let result = try? SectionMerge.merge(base: base, ours: ours, theirs: theirs, source: "bench")
            samples.append(Date().timeIntervalSince(start))
            conflicts = result?.conflicts.count ?? -1
        }
        let median = samples.sorted()[samples.count / 2]
        print(
            String(
                format:
                    "  knooppunt merge, %d initiatives, %.2f MB: median %.1f ms over %d runs (%d conflicts; goal ≤ 50 ms)",
                initiatives, Double(size) / 1_000_000, median * 1000, samples.count, conflicts))
        guard let reference = gitMergeFile(base: base, ours: ours, theirs: theirs) else {
            print("  reference: git merge-file could not run (is git installed?)")
            return
        }
        print(
            String(
                format:
                    "  reference: git merge-file on the same three files: median %.1f ms; ratio knooppunt/git = %.2f",
                reference * 1000, median / reference))
        SyncBench.run()
    }

    /// The median wall time of `git merge-file -p` (a process, as git runs its merges) on the three files.
    static func gitMergeFile(base: Section, ours: Section, theirs: Section) -> Double? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "knooppunt-merge-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, section) in [("base", base), ("ours", ours), ("theirs", theirs)] {
                try SectionFileFormat.encode(section, revision: 1).write(
                    to: folder.appendingPathComponent(name + ".json"))
            }
        } catch {
            return nil
        }
        var samples: [Double] = []
        for _ in 0..<7 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "merge-file", "-p", "ours.json", "base.json", "theirs.json"]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = Date()
            guard (try? process.run()) != nil else { return nil }
            process.waitUntilExit()
            samples.append(Date().timeIntervalSince(start))
        }
        return samples.sorted()[samples.count / 2]
    }
}
