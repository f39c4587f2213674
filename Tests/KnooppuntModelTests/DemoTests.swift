import Foundation
import KnooppuntResources
import Testing

@testable import KnooppuntModel

/// The demo section shipped in Resources/demo/sectie-engels.json: the method's case.
@Suite struct DemoTests {
    static func committedDemo() throws -> Section {
        try JSONDecoder().decode(Section.self, from: KnooppuntResources.data("demo/sectie-engels.json"))
    }

    /// Writes the demo file anew when asked (KNOOPPUNT_WRITE_DEMO=<path>); otherwise says loudly that it
    /// did not write. The comparison below is what keeps file and builder in step.
    @Test func writeDemoWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["KNOOPPUNT_WRITE_DEMO"], !path.isEmpty else {
            print(
                "DemoTests: KNOOPPUNT_WRITE_DEMO not set, demo file not rewritten (this is the normal case).")
            return
        }
        try DemoSectionBuilder.json().write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    @Test func committedFileEqualsItsBuilder() throws {
        #expect(try Self.committedDemo() == DemoSectionBuilder.build())
    }

    /// Figure 3.3 of the method (), typed in from the figure, not from our own output.
    static let figure33: [Int: [String: [String]]] = [
        1: ["plannen": ["English Proficiency", "Literatuuronderwijs"]],
        2: ["plannen": ["Toetsmodel"], "informeren": ["Literatuuronderwijs"]],
        3: ["informeren": ["Toetsmodel"], "ervaringen": ["Literatuuronderwijs"]],
        4: [
            "plannen": ["Uitgangspunten voor klassenverdeling"], "informeren": ["English Proficiency"],
            "ervaringen": ["Literatuuronderwijs", "Toetsmodel"],
        ],
        5: ["informeren": ["Uitgangspunten voor klassenverdeling"], "ervaringen": ["Toetsmodel"]],
        6: ["ervaringen": ["Toetsmodel", "Uitgangspunten voor klassenverdeling"]],
    ]

    @Test func agendaMatchesFigure33() throws {
        let section = try Self.committedDemo()
        #expect(section.meetings.map(\.number).sorted() == [1, 2, 3, 4, 5, 6])
        for number in 1...6 {
            let agenda = section.agenda(ofMeeting: number)
            for column in [AgendaColumn.plannenBespreken, .tussentijdsInformeren, .ervaringenUitwisselen] {
                let titles = (agenda[column] ?? []).map { section.title(of: $0) }
                #expect(
                    titles == Self.figure33[number]?[column.code] ?? [], "overleg \(number), \(column.code)")
            }
            // The regelwerk column holds routine work only, never an initiative.
            #expect(
                (agenda[.regelwerkTussendoor] ?? []).allSatisfy {
                    if case .initiative = $0.subject { return false } else { return true }
                })
        }
    }

    @Test func exportOfTheAgendaMatchesFigure33() throws {
        let lines = JaaragendaExport.tsv(try Self.committedDemo()).split(separator: "\n")
        let initiativeLines = lines.filter { !$0.contains("\tregelwerk\t") }.map(String.init)
        var expected: [String] = []
        for number in 1...6 {
            for column in ["plannen", "informeren", "ervaringen"] {
                for title in Self.figure33[number]?[column] ?? [] {
                    expected.append("\(number)\t\(column)\t\(title)")
                }
            }
        }
        #expect(initiativeLines == expected)
    }

    @Test func sevenTeachersWithFixedIDs() throws {
        let section = try Self.committedDemo()
        #expect(section.name == "Sectie Engels")
        #expect(section.schoolYear == "2026-2027")
        let firstNames = ["Gemma", "Caroline", "Fred", "Thomas", "Jochem", "Heleen", "Theo"]
        #expect(section.people.count == 7)
        for (index, first) in firstNames.enumerated() {
            let id = UUID(uuidString: "00000000-0000-4000-8000-00000000000\(index + 1)")!
            let person = try #require(section.person(id), "\(first) has id \(id)")
            #expect(person.name.hasPrefix(first + " "))
            #expect(person.role == "Engels")
            #expect(person.attributes["bouw"] != nil && person.attributes["gender"] != nil)
        }
        // Subgroups exist on both attributes, Dutch diacritics appear, and some private notes are there.
        #expect(Set(section.people.compactMap { $0.attributes["bouw"] }) == ["onderbouw", "bovenbouw"])
        #expect(Set(section.people.compactMap { $0.attributes["gender"] }).count == 2)
        #expect(section.people.contains { $0.name.unicodeScalars.contains { $0.value > 0x7F } })
        #expect(section.people.filter { !$0.privateNote.isEmpty }.count >= 1)
        #expect(section.networks == Networks())
    }

    @Test func initiativesAreTheSeedsCase() throws {
        let section = try Self.committedDemo()
        func initiative(_ n: Int) throws -> Initiative {
            try #require(
                section.initiative(UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))!))
        }
        let gemma = section.people[0].id, caroline = section.people[1].id, fred = section.people[2].id
        let thomas = section.people[3].id, jochem = section.people[4].id

        let literatuur = try initiative(101)
        #expect(literatuur.title == "Literatuuronderwijs")
        #expect(Set(literatuur.initiators) == [gemma, caroline])
        #expect(literatuur.stage == .step(8))
        #expect(!MissingRecord.trialAgreements.isMissing(in: literatuur))
        #expect(literatuur.trial.what.contains("4 vwo"))

        let toetsmodel = try initiative(102)
        #expect(toetsmodel.title == "Toetsmodel")
        #expect(toetsmodel.initiators.contains(fred))
        #expect(Set(toetsmodel.involved.map(\.personID)).isSuperset(of: [fred, gemma, thomas]))
        #expect([Stage.step(4), .step(5)].contains(toetsmodel.stage))

        // The seed's lesson: an assignment from leadership that never got a goal.
        let proficiency = try initiative(103)
        #expect(proficiency.title == "English Proficiency")
        #expect(proficiency.origin == .request)
        #expect(Set(proficiency.initiators) == [thomas, jochem])
        #expect(proficiency.stage == .step(4))
        #expect(StepRecords.missingNow(for: proficiency) == .goalAndDate)

        let klassen = try initiative(104)
        #expect(klassen.title == "Uitgangspunten voor klassenverdeling")
        #expect([Stage.step(1), .step(2)].contains(klassen.stage))
    }

    @Test func historiesAreAllowedChainsEndingAtTheCurrentStage() throws {
        for initiative in try Self.committedDemo().initiatives {
            var stage = Stage.step(0)
            var last = initiative.created
            #expect(!initiative.history.isEmpty, "\(initiative.title) has a history")
            for change in initiative.history {
                #expect(change.from == stage, "\(initiative.title): chain is unbroken")
                #expect(StepRules.verdict(from: change.from, to: change.to) == .allowed)
                #expect(change.date >= last, "\(initiative.title): dates do not go back")
                #expect(!change.note.isEmpty)
                stage = change.to
                last = change.date
            }
            #expect(stage == initiative.stage)
            #expect(last <= Day("2026-11-21")!, "no step change in the future of the demo's 'today'")
        }
    }

    @Test func meetingsAboutSixWeeksApartFromSeptember() throws {
        let meetings = try Self.committedDemo().meetingsInOrder
        #expect(
            meetings.map { String($0.id.uuidString.suffix(4)) } == [
                "0201", "0202", "0203", "0204", "0205", "0206",
            ])
        let dates = meetings.compactMap(\.date)
        #expect(dates.count == 6)
        #expect(dates[0].year == 2026 && dates[0].month == 9 && dates[0].day <= 15)
        for (a, b) in zip(dates, dates.dropFirst()) { #expect((35...49).contains(a.days(until: b))) }
    }

    @Test func routineTasksHaveOwnersAndOneIsOverdue() throws {
        let section = try Self.committedDemo()
        let texts = section.routineTasks.map { $0.text.lowercased() }
        #expect(texts.contains { $0.contains("toetsen") })
        #expect(texts.contains { $0.contains("pta") })
        #expect(texts.contains { $0.contains("londen") })
        #expect(
            section.routineTasks.allSatisfy { $0.ownerID.flatMap(section.person) != nil && $0.due != nil })
        #expect(section.routineTasks.filter { $0.isOverdue(on: Day("2026-11-21")!) }.count == 1)
    }
}
