import Foundation
import KnooppuntExchange
import KnooppuntModel

/// The section the survey tests import into, and the export files under Tests/fixtures/survey, shaped
/// as Microsoft Forms, Google Forms, LimeSurvey and Excel write them.
enum SurveyFixture {
    static let sanne = UUID(uuidString: "5A000000-0000-0000-0000-000000000001") ?? UUID()
    static let ijsbrand = UUID(uuidString: "5A000000-0000-0000-0000-000000000002") ?? UUID()

    /// The demo's seven teachers and two more: one with a Turkish surname, one with a Dutch IJ.
    static func section() -> Section {
        let people = [
            Person(id: DemoNetworks.gemma, name: "Gemma de Vries"),
            Person(id: DemoNetworks.caroline, name: "Caroline Noël"),
            Person(id: DemoNetworks.fred, name: "Fred van Dijk"),
            Person(id: DemoNetworks.thomas, name: "Thomas Hoekstra"),
            Person(id: DemoNetworks.jochem, name: "Jochem Brouwer"),
            Person(id: DemoNetworks.heleen, name: "Heleen Jansen"),
            Person(id: DemoNetworks.theo, name: "Theo Geërts"),
            Person(id: sanne, name: "Sanne Öztürk"),
            Person(id: ijsbrand, name: "IJsbrand de Jong"),
        ]
        return Section(name: "Sectie Engels", people: people)
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("fixtures/survey")

    static func file(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// The choices of one topic in the measurement of `date`, as (from, to) name pairs.
    static func pairs(_ section: Section, topic: String, date: Day) -> Set<[String]> {
        guard let s = section.networks.sociograms.first, let t = s.topic(named: topic),
            let m = s.measurements.first(where: { $0.date == date })
        else { return [] }
        return Set(
            m.choices(topic: t.id).map {
                [section.person($0.from)?.name ?? "?", section.person($0.to)?.name ?? "?"]
            })
    }
}
