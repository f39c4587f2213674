import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntExchange

/// The small rules every export leans on: dates in prose, escaping per format, iCalendar folding,
/// the SEQUENCE ledger and pseudonyms.
@Suite struct ExportFormatTests {
    @Test func datesReadAsDutchAndEnglishReadersWriteThem() throws {
        let day = try #require(Day("2027-01-12"))
        #expect(ProseDate.long(day, .nl) == "dinsdag 12 januari 2027")
        #expect(ProseDate.long(day, .en) == "Tuesday 12 January 2027")
        #expect(ProseDate.long(try #require(Day("2024-02-29")), .nl) == "donderdag 29 februari 2024")
        #expect(ProseDate.long(try #require(Day("1969-12-31")), .nl) == "woensdag 31 december 1969")
    }

    @Test func foldingCountsOctetsAndNeverSplitsACharacter() {
        var lines = ICalendarLines()
        let value = String(repeating: "ë", count: 100) + String(repeating: "a", count: 50)
        lines.add("DESCRIPTION", value)
        let text = lines.text
        #expect(text.hasSuffix("\r\n"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        #expect(physical.count > 2)
        for line in physical {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets")
        }
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        let unfolded = physical.enumerated().map {
            $0.offset == 0 ? $0.element : String($0.element.dropFirst())
        }.joined()
        #expect(unfolded == "DESCRIPTION:" + value)
    }

    @Test func eachFormatEscapesWhatWouldBeMarkup() {
        #expect(FormatEscaping.html(#"<b a="1">'&"#) == "&lt;b a=&quot;1&quot;&gt;&#39;&amp;")
        #expect(FormatEscaping.xml("a'b\u{1}") == "a&apos;b ")
        #expect(FormatEscaping.dot(##"say "hi" \ bye"##) == ##"say \"hi\" \\ bye"##)
        #expect(FormatEscaping.icalendar("a;b,c\\d\ne") == #"a\;b\,c\\d\ne"#)
        #expect(ReportMarkdown.inline("# not a heading") == ##"\# not a heading"##)
        #expect(ReportMarkdown.inline("1. not a list") == #"1\. not a list"#)
        #expect(ReportMarkdown.inline("a|b <i>") == #"a\|b \<i\>"#)
        #expect(ReportMarkdown.inline("Toets 4 vwo. Klaar - ja") == "Toets 4 vwo. Klaar - ja")
    }

    @Test func csvCellsThatAreFormulasAreNeutralised() {
        #expect(FormatEscaping.csvCell("=SUM(A1)") == "'=SUM(A1)")
        #expect(FormatEscaping.csvCell("+31 6") == "'+31 6")
        #expect(FormatEscaping.csvCell("-x") == "'-x")
        #expect(FormatEscaping.csvCell("@cmd") == "'@cmd")
        #expect(FormatEscaping.csvCell("a,\"b\"") == "\"a,\"\"b\"\"\"")
        #expect(FormatEscaping.csvCell("Gemma") == "Gemma")
    }

    @Test func sequenceRisesOnlyWhenTheFingerprintChanges() {
        var ledger = CalendarLedger()
        let id = UUID()
        #expect(ledger.sequence(for: id, fingerprint: "a") == 0)
        #expect(ledger.sequence(for: id, fingerprint: "a") == 0)
        #expect(ledger.sequence(for: id, fingerprint: "b") == 1)
        #expect(ledger.sequence(for: id, fingerprint: "b") == 1)
        #expect(ledger.sequence(for: id, fingerprint: "a") == 2)
    }

    @Test func pseudonymsDependOnTheIdAloneAndDifferPerPerson() throws {
        let a = try #require(UUID(uuidString: "00000000-0000-4000-8000-000000000001"))
        let b = try #require(UUID(uuidString: "00000000-0000-4000-8000-000000000002"))
        #expect(ExportNames.pseudonym(for: a, language: .nl) == ExportNames.pseudonym(for: a, language: .nl))
        #expect(ExportNames.pseudonym(for: a, language: .nl) != ExportNames.pseudonym(for: b, language: .nl))
        #expect(ExportNames.pseudonym(for: a, language: .en).hasPrefix("Person "))
        #expect(
            ExportNames.pseudonym(for: a, language: .en).suffix(4)
                == ExportNames.pseudonym(for: a, language: .nl).suffix(4))
    }

    @Test func minutesTakeMeetingModeNotesAndNotesDatedOnTheDay() throws {
        let day = try #require(Day("2026-10-20"))
        let meeting = Meeting(number: 2, date: day)
        #expect(
            MinutesReport.belonging("Overleg 2: besloten", date: day.adding(days: 3), to: meeting)
                == "besloten")
        #expect(MinutesReport.belonging("besloten", date: day, to: meeting) == "besloten")
        #expect(MinutesReport.belonging("Overleg 3: later", date: day, to: meeting) == nil)
        #expect(MinutesReport.belonging("besloten", date: day.adding(days: 1), to: meeting) == nil)
    }

    @Test func networkCSVNeutralisesTextButLeavesItsOwnNumbers() {
        let node = NetworkDocument.Node(
            id: "a", label: "=cmd", x: -1.5, y: 2, colour: .init(0, 0, 0), size: 1,
            values: [.text("+31 6 1234"), .number(-0.5)])
        let doc = NetworkDocument(
            title: "t", subtitle: "s", language: .nl,
            nodeKeys: [.text("phone"), .number("score")],
            tieKeys: [], nodes: [node], ties: [], legend: [], tieLegend: [], note: "")
        let lines = NetworkCSVExport.nodes(doc).components(separatedBy: "\r\n")
        #expect(lines[1] == "a,'=cmd,-1.500,2.000,#000000,'+31 6 1234,-0.500")
    }

    /// A note given to a task in meeting mode goes into the minutes with it, on one line.
    @Test func minutesCarryTheNotesOfTasks() throws {
        let day = try #require(Day("2026-12-03"))
        let meeting = Meeting(number: 3, date: day)
        var section = Section(name: "Sectie", meetings: [meeting])
        section.routineTasks = [
            RoutineTask(text: "Toetsen maken", meetingID: meeting.id, note: "Fred mailt ze\nvrijdag"),
            RoutineTask(text: "PTA aanpassen", done: true, meetingID: meeting.id, note: "besproken"),
        ]
        let names = ExportNames(section: section, pseudonyms: false, language: .nl)
        let text = ReportMarkdown.render(MinutesReport.document(section, meeting: meeting, names: names))
        #expect(text.contains("Toetsen maken — Fred mailt ze vrijdag"), "\(text)")
        #expect(text.contains("PTA aanpassen — besproken"), "\(text)")
    }
}
