import Foundation
import Testing

@testable import KnooppuntModel

#if canImport(Glibc)
    import Glibc
#endif

/// The SQLite way of testing durability: a child process saves in a loop and is killed with SIGKILL
/// at random moments; after every kill the file must be whole and hold a committed state.
///
/// The child is `StoreCrashProbe` (Sources/StoreCrashProbe/main.swift). The state of revision r is
/// defined independently here and there: `school` is "ronde r" and every meeting's note is "ronde r".
@Suite(.serialized) struct StoreCrashTests {
    static let meetings = 1_500

    /// The built probe lives beside the test bundle in the build products folder.
    private func probeURL() throws -> URL {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for folder in candidates {
            let url = folder.appendingPathComponent("StoreCrashProbe")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw StoreError.io(
            "StoreCrashProbe was not found next to the tests (looked in \(candidates.map(\.path))); build it with `swift build --product StoreCrashProbe`."
        )
    }

    private func state(_ revision: Int) -> String { "ronde \(revision)" }

    private func microseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1_000_000
            + Int(duration.components.attoseconds / 1_000_000_000_000)
    }

    private func seed(_ store: SectionStore) throws -> StoredSection {
        var section = Section(name: "Sectie Crash", school: state(1))
        section.meetings = (1...Self.meetings).map {
            Meeting(number: $0, place: "lokaal \($0 % 40)", note: state(1))
        }
        return try store.create(section)
    }

    /// Checks the promise for one file: it decodes, and holds exactly the state of its revision.
    private func expectWhole(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let decoded = try SectionFile.decode(try Data(contentsOf: url), file: url.path)
        let mark = state(decoded.revision)
        #expect(decoded.section.school == mark, sourceLocation: sourceLocation)
        #expect(decoded.section.meetings.count == Self.meetings, sourceLocation: sourceLocation)
        #expect(decoded.section.meetings.allSatisfy { $0.note == mark }, sourceLocation: sourceLocation)
        return decoded.revision
    }

    private func launch(_ probe: URL, _ directory: URL, _ slug: String, saves: Int? = nil) throws -> (
        Process, Pipe
    ) {
        let process = Process()
        process.executableURL = probe
        process.arguments = [directory.path, slug] + (saves.map { [String($0)] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        return (process, output)
    }

    /// Reads the child's stdout until it says "ready" (it has loaded and is about to save), so the kill
    /// lands in the save loop rather than in process start-up.
    private func awaitReady(_ pipe: Pipe) -> [String] {
        var seen = ""
        let handle = pipe.fileHandleForReading
        while !seen.contains("ready\n") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }  // the child died before it got going
            seen += String(decoding: chunk, as: UTF8.self)
        }
        return seen.split(separator: "\n").map(String.init)
    }

    @Test func killedMidSaveTheFileIsAlwaysWholeAndCommitted() throws {
        let rounds = ProcessInfo.processInfo.environment["KNOOPPUNT_CRASH_ROUNDS"].flatMap(Int.init) ?? 200
        let probe = try probeURL()
        let scratch = StoreScratch()
        let store = try scratch.store()
        _ = try seed(store)
        let slug = "sectie-crash"
        // A kill after 0-30 ms is the obvious choice. On a disk where one fsync takes 20 ms a save takes
        // longer than that, and almost no save would ever commit; so the window spans two saves as
        // measured here, plus those 30 ms, and kills land in every phase of a save.
        let clock = ContinuousClock()
        var stored = try store.load(slug)
        let started = clock.now
        for _ in 0..<3 {
            var next = stored.section
            next.school = state(stored.revision + 1)
            for i in next.meetings.indices { next.meetings[i].note = state(stored.revision + 1) }
            stored = try store.save(next, slug: slug, expectedRevision: stored.revision)
        }
        let perSave = (clock.now - started) / 3
        let window = min(microseconds(perSave * 2) + 30_000, 400_000)
        var rng = StoreRandom(seed: 20_261_121)
        var committed = 4  // the newest committed revision: the seed is 1, the timing saves made 2...4
        var caughtMidWrite = 0
        var totalSaves = 0

        for round in 0..<rounds {
            let (process, output) = try launch(probe, scratch.directory, slug)
            var lines = awaitReady(output)
            usleep(UInt32.random(in: 0...UInt32(window), using: &rng))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(
                process.terminationReason == .uncaughtSignal || process.terminationStatus == 0,
                "round \(round): the probe failed by itself (status \(process.terminationStatus))")
            lines += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .split(separator: "\n").map(String.init)
            let reported = lines.compactMap(Int.init)
            totalSaves += reported.count
            // Revisions are reported in order, each one more than the last.
            for (offset, revision) in reported.enumerated() {
                #expect(
                    revision == committed + 1 + offset,
                    "round \(round): reported \(reported) after \(committed)")
            }
            if let last = reported.last { committed = last }

            let revision = try expectWhole(scratch.file(slug))
            // Either the last reported save, or the one after it that was durable before the probe could say so.
            #expect(
                revision == committed || revision == committed + 1,
                "round \(round): file at \(revision), reported \(committed)")
            if revision == committed + 1 { caughtMidWrite += 1 }
            committed = revision

            let leftovers = scratch.entries().filter { $0.contains(".tmp-") }
            #expect(leftovers.count <= 1, "round \(round): temporary files pile up: \(leftovers)")
            if round % 20 == 0 || round == rounds - 1 {
                for backup in store.backups(of: slug) {
                    _ = try expectWhole(backup)
                }
            }
        }
        // A kill between keeping a backup and pruning leaves one extra; the next whole save prunes it.
        var last = try store.load(slug)
        last.section.school = state(last.revision + 1)
        for i in last.section.meetings.indices { last.section.meetings[i].note = state(last.revision + 1) }
        _ = try store.save(last.section, slug: slug, expectedRevision: last.revision)
        // Every version of the last 15 minutes is kept.
        #expect(store.backups(of: slug).count == last.revision)
        #expect(totalSaves > 0, "the probe never saved: the test would prove nothing")
        print(
            "StoreCrashTests: \(rounds) kills in a \(window / 1000) ms window, \(totalSaves) reported saves, \(caughtMidWrite) kills between a durable rename and its report, final revision \(committed)"
        )
    }

    @Test func twoProcessesSavingTheSameSectionNeverLoseAWrite() throws {
        let probe = try probeURL()
        let scratch = StoreScratch()
        let store = try scratch.store()
        _ = try seed(store)
        let slug = "sectie-crash"
        let savesEach = 25
        let (first, firstOut) = try launch(probe, scratch.directory, slug, saves: savesEach)
        let (second, secondOut) = try launch(probe, scratch.directory, slug, saves: savesEach)
        let firstLines = String(decoding: firstOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let secondLines = String(
            decoding: secondOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        let a = firstLines.split(separator: "\n").compactMap { Int($0) }
        let b = secondLines.split(separator: "\n").compactMap { Int($0) }
        #expect(a.count == savesEach && b.count == savesEach)
        // Every revision was committed by exactly one process: no write overwrote another unseen.
        #expect(Set(a).isDisjoint(with: b))
        #expect((a + b).sorted() == Array(2...(1 + 2 * savesEach)))
        #expect(try expectWhole(scratch.file(slug)) == 1 + 2 * savesEach)
    }
}
