import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The print layouts behind `knooppunt show`: plain text, never wider than asked, as tall as needed.
@Suite struct UIPrintTests {
    static let context = ScreenContext(
        language: .nl, color: false, sharedScreen: true, today: UIFixture.today)

    static func fitsWidth(_ grid: Grid, _ width: Int) -> Bool {
        grid.plainText().split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= width }
    }

    @Test(arguments: [60, 100, 200])
    func stappenplanPrintsEveryInitiativeInItsStep(width: Int) {
        let view = StappenplanView(section: UIFixture.section(), context: Self.context)
        let grid = view.printed(width: width)
        let text = grid.plainText()
        #expect(Self.fitsWidth(grid, width))
        #expect(!text.contains("\u{1B}"))
        for stage in view.stages { #expect(text.contains(StepGuidance.dutch.header(stage))) }
        // Every card, its title in full (wrapped when narrow), with the missing-record mark.
        let joined = text.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(
            separator: " ")
        for title in ["Literatuuronderwijs", "Toetsmodel", "English Proficiency", "Woordenschat"] {
            #expect(joined.contains(title), "\(title) missing at \(width)")
        }
        #expect(text.contains("! English"))
        #expect(!text.contains("Uitwisseling"))  // dropped, not asked for
        #expect(
            StappenplanView(section: UIFixture.section(), context: Self.context, showDropped: true).printed(
                width: width
            ).plainText().contains("Uitwisseling"))
    }

    @Test func jaaragendaPrintGrowsDownwardsForAllMeetings() {
        var s = UIFixture.section()
        for n in 7...30 {
            s.meetings.append(Meeting(number: n, date: Day(year: 2027, month: 6, day: 1).adding(days: n)))
        }
        let grid = JaaragendaView(section: s, context: Self.context).printed(width: 100)
        #expect(Self.fitsWidth(grid, 100))
        #expect(grid.plainText().contains("Overleg 30"))
        #expect(grid.plainText().contains("Overleg 1 "))
        checkFigure33(grid, left: 0)
    }

    @Test func meetingPrintHasNoPrivateNotes() {
        let s = UIFixture.section()
        let grid = MeetingView(section: s, meeting: s.meeting(number: 4)!, context: Self.context).printed(
            width: 80)
        let text = grid.plainText()
        #expect(text.contains("OVERLEG 4"))
        #expect(text.contains("Uitgangspunten voor klassenverdeling"))
        #expect(text.contains("PTA aanpassen"))
        #expect(!text.contains("GEHEIM"))
    }

    @Test func meetingPrintCountsItemsInDutch() {
        var s = UIFixture.section()
        let four = s.meeting(number: 4)!
        s.agenda.removeAll { $0.meetingID == four.id }
        // The count is of what is listed, tasks included: the one item alone.
        s.routineTasks.removeAll { $0.meetingID == four.id }
        s.agenda.append(
            AgendaItem(
                meetingID: four.id, column: .plannenBespreken, subject: .initiative(UIFixture.klassen.id)))
        let one = MeetingView(section: s, meeting: four, context: Self.context).printed(width: 80).plainText()
        #expect(one.contains("1 punt"))
        #expect(!one.contains("1 punten"))
        let many = MeetingView(section: UIFixture.section(), meeting: four, context: Self.context)
            .printed(width: 80).plainText()
        #expect(many.contains("5 punten"), "four items and the task PTA aanpassen")
    }

    @Test func personPrintShowsThePrivateNoteOnlyWhenAsked() {
        let s = UIFixture.section()
        let plain = PersonView(section: s, person: UIFixture.gemma, context: Self.context).printed(width: 80)
            .plainText()
        #expect(!plain.contains("GEHEIM"))
        #expect(plain.contains("Literatuuronderwijs — initiatiefnemer (i)"))
        let asked = PersonView(
            section: s, person: UIFixture.gemma, context: Self.context, showPrivateNote: true
        ).printed(width: 80).plainText()
        #expect(asked.contains("Vertrouwelijk: GEHEIM"))
    }

    @Test func aLongStageLineLosesTheRecordedDayRatherThanEndingInADot() {
        let s = UIFixture.section()
        let view = InitiativeView(section: s, initiative: UIFixture.klassen, context: Self.context)
        let line = view.printed(width: 80).line(1).trimmingCharacters(in: .whitespaces)
        #expect(line.hasPrefix("Stap 3 · Informeren van de sectie over initiatief · "))
        #expect(line.hasSuffix("dagen in deze stap"))
        #expect(view.printed(width: 120).line(1).contains("vastgelegd 2026-09-01"))
    }

    @Test func initiativePrintHasEveryField() {
        let s = UIFixture.section()
        let text = InitiativeView(section: s, initiative: UIFixture.literatuur, context: Self.context)
            .printed(width: 100).plainText()
        for field in EditorField.allCases { #expect(text.contains(field.label(.nl))) }
        #expect(text.contains("Leesdossier in 4 vwo"))
        #expect(text.contains("2027-02-01"))
        #expect(text.contains("[· p · · ·] JS Jochem Smit"))
    }
}
