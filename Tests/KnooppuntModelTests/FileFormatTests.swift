import Foundation
import Testing

@testable import KnooppuntModel

/// A section file written today is byte for byte the file an earlier knooppunt wrote for the same
/// section, and every fixture file reads and writes back unchanged: a change to how the model reads and
/// writes JSON must never make files churn in git or in a colleague's synced folder.
@Suite struct FileFormatTests {
    static func fixture(_ file: String) throws -> Data {
        try Data(contentsOf: FileFormatFixtures.folder.appendingPathComponent(file))
    }

    /// Writes the fixtures anew when asked (KNOOPPUNT_WRITE_FIXTURES=<folder>), only for an intended
    /// change of the file format.
    @Test func writeFixturesWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["KNOOPPUNT_WRITE_FIXTURES"], !path.isEmpty else {
            return
        }
        for file in FileFormatFixtures.files {
            try SectionFile.encode(try #require(FileFormatFixtures.section(file)), revision: 1).write(
                to: URL(fileURLWithPath: path).appendingPathComponent(file), options: .atomic)
        }
    }

    @Test(arguments: FileFormatFixtures.files)
    func todaysEncoderWritesTheFixtureBytes(file: String) throws {
        let section = try #require(FileFormatFixtures.section(file))
        let written = try SectionFile.encode(section, revision: 1)
        let kept = try Self.fixture(file)
        #expect(written.count == kept.count)
        #expect(written == kept, "\(file) differs from what the store wrote before")
    }

    @Test func everyFixtureFileReadsAndWritesBackUnchanged() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: FileFormatFixtures.folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= FileFormatFixtures.files.count)
        for file in files {
            let kept = try Self.fixture(file)
            let read = try SectionFile.decode(kept, file: file)
            #expect(try SectionFile.encode(read.section, revision: read.revision) == kept, "\(file)")
        }
    }

    @Test func theLargeFixtureExercisesEveryOptionalField() throws {
        let text = String(decoding: try Self.fixture("large.json"), as: UTF8.self)
        for key in [
            "conflicts", "usualStart", "usualEnd", "instruments", "groslijsten", "leaving", "attendance",
            "start", "coachOwn", "done", "intensity", "targetDate", "sectionInput", "trialLog", "evidence",
            "trialParticipants", "reactions", "successes", "results", "sharing", "personID", "decidedAt",
        ] {
            #expect(text.contains("\"\(key)\""), "\(key)")
        }
        #expect(text.contains("\"positive\" : false"))
        #expect(text.contains("\"done\" : true"))
    }
}
