import Foundation

@testable import KnooppuntModel

/// The demo section with instrument answers: two thermometer rounds of the whole section and one of a
/// working group with two answers (below the threshold), two dimensieraamwerk rounds, and an
/// evaluation of meeting 3. Fixed ids, so golden screens are stable.
enum InstrumentFixture {
    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-9000-%012d", n)) ?? UUID()
    }

    static func thermometer(_ n: Int, _ scores: [Int]) -> ThermometerAnswer {
        ThermometerAnswer(responseID: id(n), scores: scores)
            ?? ThermometerAnswer(
                responseID: id(n), vertrouwen: 3, normen: 3, werkafspraken: 3, identificatie: 3)
    }

    static func crosses(_ n: Int, _ positions: [Int]) -> DimensionAnswer? {
        DimensionAnswer(responseID: id(n), positions: positions)
    }

    static func section() throws -> Section {
        var s = try NetworksFixture.section()
        let october = Day(year: 2026, month: 10, day: 1)
        let november = Day(year: 2026, month: 11, day: 19)
        let first = ThermometerRound(
            id: id(1), date: october,
            answers: [
                thermometer(10, [2, 3, 2, 4]), thermometer(11, [3, 3, 2, 5]), thermometer(12, [2, 2, 1, 3]),
            ])
        let second = ThermometerRound(
            id: id(2), date: november,
            answers: [
                thermometer(13, [3, 4, 3, 4]), thermometer(14, [4, 3, 3, 5]), thermometer(15, [2, 3, 2, 3]),
                thermometer(16, [4, 4, 3, 4]),
            ])
        let team = ThermometerRound(
            id: id(3), date: november,
            answers: [thermometer(17, [5, 4, 4, 5]), thermometer(18, [3, 3, 3, 3])])
        s.instruments.thermometerGroups = [
            ThermometerGroup(id: id(4), name: "", rounds: [first, second]),
            ThermometerGroup(id: id(5), name: "Werkgroep toetsing", rounds: [team]),
        ]
        let spring = DimensionRound(
            id: id(6), date: Day(year: 2026, month: 3, day: 12),
            answers: [
                crosses(20, [2, 3, 4, 2, 5, 3, 4, 1, 2, 6, 4]),
                crosses(21, [3, 3, 5, 2, 6, 2, 4, 2, 2, 7, 5]),
                crosses(22, [1, 4, 4, 3, 5, 3, 3, 1, 1, 6, 3]),
            ].compactMap { $0 })
        let autumn = DimensionRound(
            id: id(7), date: november,
            answers: [
                crosses(23, [4, 4, 6, 4, 6, 5, 5, 3, 3, 7, 6]),
                crosses(24, [5, 3, 6, 3, 7, 6, 5, 4, 2, 8, 6]),
                crosses(25, [4, 5, 5, 5, 6, 4, 6, 3, 4, 7, 7]),
                crosses(26, [6, 4, 7, 4, 8, 5, 6, 2, 3, 9, 6]),
            ].compactMap { $0 })
        s.instruments.dimensionRounds = [spring, autumn]
        if let third = s.meeting(number: 3) {
            s.instruments.setEvaluation(
                MeetingEvaluation(
                    meetingID: third.id, wentWell: "korte agenda, iedereen kwam aan het woord",
                    doBetter: "stukken een week vooraf rondsturen"))
        }
        // Interventions agreed after the first sociogram measurement, and Gemma's groslijst with two
        // wished-for contacts (one drawn dashed in her ecogram) and a negative one.
        if let g = s.networks.sociograms.first, let first = g.measurements.first,
            let gemma = s.people.first(where: { $0.name.hasPrefix("Gemma") }),
            let fred = s.people.first(where: { $0.name.hasPrefix("Fred") })
        {
            s.instruments.interventions = [
                SociogramIntervention(
                    id: id(30), sociogramID: g.id, measurementID: first.id,
                    what: "Fred krijgt een maatje bij het nakijken", personID: gemma.id,
                    byWhen: Day(year: 2025, month: 12, day: 1), done: true),
                SociogramIntervention(
                    id: id(31), sociogramID: g.id, measurementID: first.id,
                    what: "Elke sectievergadering één lesidee delen", who: "de hele sectie",
                    byWhen: Day(year: 2026, month: 6, day: 1)),
            ]
            s.instruments.groslijsten = [
                Groslijst(
                    id: id(32), ownerID: gemma.id,
                    entries: [
                        GroslijstEntry(
                            id: id(33), personID: fred.id, name: fred.name, note: "weet veel van toetsen"),
                        GroslijstEntry(
                            id: id(34), name: "Openbare bibliotheek", area: .outside, wished: true),
                        GroslijstEntry(
                            id: id(35), name: "Vakdidacticus Engels", area: .outside, wished: true,
                            note: "via de lerarenopleiding"),
                        GroslijstEntry(
                            id: id(36), name: "Roosterclub", area: .school, positive: false,
                            note: "kost veel tijd"),
                    ])
            ]
        }
        return s
    }
}
