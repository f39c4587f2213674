import Foundation
import Testing

@testable import KnooppuntModel

/// StappenplanExport and JaaragendaExport: TSV and JSON for spreadsheets and scripts.
@Suite struct ExportTests {
    static func demo() throws -> Section {
        try JSONDecoder().decode(Section.self, from: DemoSectionBuilder.json())
    }

    @Test func stappenplanTSVOfTheDemoInBoardOrder() throws {
        #expect(
            StappenplanExport.tsv(try Self.demo()) == """
                Uitgangspunten voor klassenverdeling\t2
                English Proficiency\t4
                Toetsmodel\t5
                Literatuuronderwijs\t8

                """)
    }

    @Test func stappenplanCodesAndHostileTitles() {
        let day = Day("2026-09-01")!
        let section = Section(
            name: "S",
            initiatives: [
                Initiative(title: "Weg\tmet\ntabs", stage: .dropped, created: day),
                Initiative(title: "Klaar\u{1B}[2J", stage: .closed, created: day),
                Initiative(title: "Begin", stage: .step(0), created: day),
                Initiative(title: "Eind", stage: .step(10), created: day),
            ])
        let lines = StappenplanExport.tsv(section).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == ["Begin\t0", "Eind\t10", "Klaar [2J\tafgerond", "Weg met tabs\tlosgelaten", ""])
        for line in lines.dropLast() {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 2)
        }
    }

    @Test func stappenplanJSON() throws {
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(StappenplanExport.json(try Self.demo()).utf8))
                as? [[String: String]])
        #expect(
            rows.map { $0["title"]! } == [
                "Uitgangspunten voor klassenverdeling", "English Proficiency", "Toetsmodel",
                "Literatuuronderwijs",
            ])
        #expect(rows.map { $0["step"]! } == ["2", "4", "5", "8"])
        #expect(rows[3]["id"] == "00000000-0000-4000-8000-000000000101")
        #expect(rows[3]["stepName"] == "Uitproberen initiatief")
    }

    @Test func jaaragendaTSVPutsRoutineTasksUnderRegelwerk() throws {
        let demo = try Self.demo()
        let lines = JaaragendaExport.tsv(demo).split(separator: "\n").map(String.init)
        #expect(
            lines.filter { $0.contains("\tregelwerk\t") } == [
                "1\tregelwerk\tToetsen periode 1 maken", "2\tregelwerk\tToetsen periode 2 maken",
                "3\tregelwerk\tPTA aanpassen", "4\tregelwerk\tExcursie Londen voorbereiden",
            ])
        #expect(lines.first == "1\tplannen\tEnglish Proficiency")
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 3 && Int(fields[0]) != nil)
            #expect(["plannen", "informeren", "ervaringen", "regelwerk"].contains(String(fields[1])))
        }
    }

    @Test func jaaragendaOrderAndCleaning() throws {
        let one = Meeting(number: 1, date: Day("2026-09-08")), two = Meeting(number: 2)
        let initiative = Initiative(title: "Lezen\tin\nklas", created: Day("2026-09-01")!)
        // Stored out of order on purpose: the export orders by meeting number, then column.
        let section = Section(
            name: "S", initiatives: [initiative], meetings: [two, one],
            agenda: [
                AgendaItem(
                    meetingID: one.id, column: .regelwerkTussendoor, subject: .text("Werkweek\u{202E}")),
                AgendaItem(meetingID: two.id, column: .plannenBespreken, subject: .initiative(initiative.id)),
                AgendaItem(
                    meetingID: one.id, column: .ervaringenUitwisselen, subject: .initiative(initiative.id)),
            ],
            routineTasks: [
                RoutineTask(text: "Toets\nmaken", meetingID: one.id), RoutineTask(text: "Nergens"),
            ])
        #expect(
            JaaragendaExport.tsv(section) == """
                1\tervaringen\tLezen in klas
                1\tregelwerk\tWerkweek\u{20}
                1\tregelwerk\tToets maken
                2\tplannen\tLezen in klas
                2\tregelwerk\tNergens

                """, "a task without a meeting or due date shows at the last meeting")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(JaaragendaExport.json(section).utf8))
                as? [[String: Any]])
        #expect(json.count == 5)
        #expect(json[0]["date"] as? String == "2026-09-08")
        #expect(json[3]["date"] is NSNull, "an undated meeting has date null")
        #expect(json[3]["column"] as? String == "plannen")
        #expect(json[3]["meeting"] as? Int == 2)
    }
}
