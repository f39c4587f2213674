import Foundation
import Testing

@testable import KnooppuntModel

/// AgendaPlanner: discussed at k, progress report at k+1, experiences from k+2 until closed.
@Suite struct RulesAgendaTests {
    static let dates = ["2026-09-08", "2026-10-20", "2026-12-01", "2027-01-12", "2027-02-23", "2027-04-06"]
    static let meetings = dates.enumerated().map { Meeting(number: $0 + 1, date: Day($1)!) }

    static func section(_ initiatives: [Initiative], agenda: [AgendaItem] = []) -> Section {
        Section(name: "Test", initiatives: initiatives, meetings: meetings, agenda: agenda)
    }

    /// "meeting number → columns" for one initiative, read back from the agenda.
    static func rows(_ section: Section, _ id: UUID) -> [String] {
        section.meetingsInOrder.flatMap { meeting in
            section.agenda.filter { $0.meetingID == meeting.id && $0.subject == .initiative(id) }
                .map { "\(meeting.number) \($0.column.code)" }
        }
    }

    /// An initiative that went from 2 to 3 on `day` (the section was informed that day).
    static func informed(on day: String, stage: Stage = .step(5)) -> Initiative {
        var initiative = Initiative(title: "Plan", stage: stage, created: Day("2026-06-01")!)
        initiative.history = [StepChange(from: .step(2), to: .step(3), date: Day(day)!)]
        return initiative
    }

    /// docs/METHOD.md: the three section moments of the stappenplan fill the three initiative columns.
    @Test func sectionStepsMapToTheThreeColumns() {
        let mapped = Stage.allSteps.compactMap { stage in
            AgendaPlanner.column(forSectionStep: stage).map { "\(stage.code) \($0.code)" }
        }
        #expect(mapped == ["3 plannen", "7 informeren", "9 ervaringen"])
        #expect(AgendaPlanner.column(forSectionStep: .closed) == nil)
        #expect(AgendaPlanner.sectionStep(for: .regelwerkTussendoor) == nil)
        #expect(AgendaPlanner.sectionStep(for: .tussentijdsInformeren) == 7)
    }

    // Today is 2026-11-21 in most tests below: meetings 1 and 2 are held, 3 to 6 are coming.
    static let today = Day("2026-11-21")!

    @Test func informedAtTwoReportsAtThreeAndGetsNoExperiencesBeforeTheTrial() {
        let initiative = Self.informed(on: "2026-10-20")
        let planned = AgendaPlanner.plan(Self.section([initiative]), today: Self.today)
        #expect(Self.rows(planned, initiative.id) == ["3 informeren"])
        #expect(planned.agenda.allSatisfy { !$0.placedByHand })
    }

    @Test func stepThreeBetweenMeetingsCountsForTheNextMeeting() {
        let initiative = Self.informed(on: "2026-11-02")
        let planned = AgendaPlanner.plan(Self.section([initiative]), today: Self.today)
        #expect(Self.rows(planned, initiative.id) == ["3 plannen", "4 informeren"])
    }

    @Test func notYetAtStepThreeStartsAtItsFirstSectionMoment() {
        let early = Initiative(title: "Nieuw", stage: .step(1), created: Day("2026-11-01")!)
        let planned = AgendaPlanner.plan(Self.section([early]), today: Day("2027-01-12")!)
        #expect(Self.rows(planned, early.id) == ["4 plannen", "5 informeren"])
        let late = AgendaPlanner.plan(Self.section([early]), today: Day("2027-05-01")!)
        #expect(Self.rows(late, early.id).isEmpty, "no meeting left this year: nothing to place")
    }

    @Test func stepSevenReportsAtTheNextMeeting() {
        let initiative = Self.informed(on: "2026-09-08", stage: .step(7))
        let planned = AgendaPlanner.plan(Self.section([initiative]), today: Self.today)
        #expect(Self.rows(planned, initiative.id) == ["3 informeren"])
        // A report already placed by hand at a coming meeting is the report.
        let hand = AgendaItem(
            meetingID: Self.meetings[4].id, column: .tussentijdsInformeren,
            subject: .initiative(initiative.id))
        let withHand = AgendaPlanner.plan(Self.section([initiative], agenda: [hand]), today: Self.today)
        #expect(Self.rows(withHand, initiative.id) == ["5 informeren"])
    }

    @Test func fromStepEightExperiencesAtEveryComingMeeting() {
        for step in 8...10 {
            let initiative = Self.informed(on: "2026-09-08", stage: .step(step))
            let planned = AgendaPlanner.plan(Self.section([initiative]), today: Self.today)
            #expect(
                Self.rows(planned, initiative.id) == [
                    "3 ervaringen", "4 ervaringen", "5 ervaringen", "6 ervaringen",
                ], "step \(step)")
        }
    }

    @Test func handPlacedItemsAreKeptAndSteerThePlan() {
        let initiative = Self.informed(on: "2026-10-20")
        let m = Self.meetings
        // Plannen placed by hand at 1 (overrides the history); informeren moved by hand to 4.
        let hand = [
            AgendaItem(meetingID: m[0].id, column: .plannenBespreken, subject: .initiative(initiative.id)),
            AgendaItem(
                meetingID: m[3].id, column: .tussentijdsInformeren, subject: .initiative(initiative.id)),
            AgendaItem(
                meetingID: m[4].id, column: .ervaringenUitwisselen, subject: .initiative(initiative.id)),
        ]
        let planned = AgendaPlanner.plan(Self.section([initiative], agenda: hand), today: Self.today)
        #expect(planned.agenda == hand, "hand items untouched, nothing added at 3 because 4 is the report")
    }

    @Test func earlierAutomaticItemsAtComingMeetingsAreRecomputedAndPlanningTwiceChangesNothing() {
        let initiative = Self.informed(on: "2026-10-20")
        let stale = AgendaItem(
            meetingID: Self.meetings[4].id, column: .ervaringenUitwisselen,
            subject: .initiative(initiative.id), placedByHand: false)
        let held = AgendaItem(
            meetingID: Self.meetings[0].id, column: .tussentijdsInformeren,
            subject: .initiative(initiative.id), placedByHand: false)
        let once = AgendaPlanner.plan(
            Self.section([initiative], agenda: [stale, held]), today: Self.today)
        #expect(!once.agenda.contains(stale))
        #expect(once.agenda.contains(held), "a meeting already held is history")
        #expect(Self.rows(once, initiative.id) == ["1 informeren", "3 informeren"])
        let twice = AgendaPlanner.plan(once, today: Self.today)
        #expect(twice.agenda == once.agenda)
    }

    @Test func closedAndDroppedLeaveEveryComingMeeting() {
        for stage in [Stage.closed, .dropped] {
            let initiative = Self.informed(on: "2026-09-08", stage: stage)
            let m = Self.meetings
            let subject = AgendaSubject.initiative(initiative.id)
            let past = AgendaItem(
                meetingID: m[1].id, column: .tussentijdsInformeren, subject: subject, placedByHand: false)
            let coming = AgendaItem(
                meetingID: m[3].id, column: .ervaringenUitwisselen, subject: subject, placedByHand: false)
            let hand = AgendaItem(meetingID: m[4].id, column: .ervaringenUitwisselen, subject: subject)
            let planned = AgendaPlanner.plan(
                Self.section([initiative], agenda: [past, coming, hand]), today: Self.today)
            #expect(planned.agenda == [past, hand], "\(stage)")
        }
    }

    @Test func planningOneInitiativeLeavesTheOthersAlone() {
        let a = Self.informed(on: "2026-09-08")
        let b = Self.informed(on: "2026-11-02")
        let planned = AgendaPlanner.plan(Self.section([a, b]), initiative: b.id, today: Self.today)
        #expect(Self.rows(planned, a.id).isEmpty)
        #expect(Self.rows(planned, b.id).count == 2)
    }

    @Test func planningAllIsFastForALargeSection() {
        let meetings = (0..<200).map {
            Meeting(number: $0 + 1, date: Day("2026-08-01")!.adding(days: $0 * 2))
        }
        let initiatives = (0..<500).map { i in
            Initiative(title: "I\(i)", stage: .step(i % 11), created: Day("2026-06-01")!)
        }
        let section = Section(name: "Groot", initiatives: initiatives, meetings: meetings)
        let clock = ContinuousClock()
        var planned = section
        let first = clock.measure { planned = AgendaPlanner.plan(section, today: Day("2026-09-01")!) }
        #expect(planned.agenda.count > 10_000)
        let again = clock.measure { planned = AgendaPlanner.plan(planned, today: Day("2026-09-01")!) }
        // A debug build on a shared machine: the bound leaves room, the old quadratic planner took seconds.
        #expect(first < .seconds(2), "\(first)")
        #expect(again < .seconds(2), "\(again)")
    }

    @Test func theDemoKeepsFigure33AndOnlyGainsTheDefaultExperiences() throws {
        let demo = try JSONDecoder().decode(Section.self, from: DemoSectionBuilder.json())
        let planned = AgendaPlanner.plan(demo, today: Day("2026-11-21")!)
        #expect(Array(planned.agenda.prefix(demo.agenda.count)) == demo.agenda)
        let added = planned.agenda.dropFirst(demo.agenda.count).map {
            "\(planned.meeting($0.meetingID)!.number) \($0.column.code) \(planned.title(of: $0))"
        }
        // Literatuuronderwijs is in its trial (step 8), so experiences continue at 5 and 6. English
        // Proficiency has not reached the trial: no experiences are planned for it. Toetsmodel and
        // Uitgangspunten already have theirs by hand.
        #expect(Set(added) == ["5 ervaringen Literatuuronderwijs", "6 ervaringen Literatuuronderwijs"])
    }
}

/// Section queries: the agenda of a meeting, the next meeting, what is next for a person, removal.
@Suite struct RulesQueryTests {
    static func demo() throws -> Section {
        try JSONDecoder().decode(Section.self, from: DemoSectionBuilder.json())
    }

    @Test func agendaOfAMeetingHasEveryColumn() throws {
        let demo = try Self.demo()
        let four = demo.agenda(ofMeeting: 4)
        #expect(Set(four.keys) == Set(AgendaColumn.allCases))
        #expect(
            four[.ervaringenUitwisselen]?.map { demo.title(of: $0) } == ["Literatuuronderwijs", "Toetsmodel"])
        #expect(demo.agenda(ofMeeting: 99).values.allSatisfy { $0.isEmpty })
        #expect(demo.routineTasks(ofMeeting: 3).map(\.text) == ["PTA aanpassen"])
    }

    @Test func aTaskWithoutAnExistingMeetingShowsAtTheMeetingAfterItsDueDate() {
        var section = RulesAgendaTests.section([])
        section.routineTasks = [
            RoutineTask(text: "placed", meetingID: RulesAgendaTests.meetings[1].id),
            RoutineTask(text: "due in November", due: Day("2026-11-13")),
            RoutineTask(text: "meeting removed", due: Day("2027-02-01"), meetingID: UUID()),
            RoutineTask(text: "after the last meeting", due: Day("2027-06-30")),
            RoutineTask(text: "no date"),
        ]
        #expect(section.routineTasks(ofMeeting: 2).map(\.text) == ["placed"])
        #expect(section.routineTasks(ofMeeting: 3).map(\.text) == ["due in November"])
        #expect(section.routineTasks(ofMeeting: 5).map(\.text) == ["meeting removed"])
        #expect(section.routineTasks(ofMeeting: 6).map(\.text) == ["after the last meeting", "no date"])
        #expect(JaaragendaExport.tsv(section).contains("3\tregelwerk\tdue in November"))
    }

    @Test func titlesOfTextAndRemovedInitiatives() throws {
        let demo = try Self.demo()
        let m = demo.meetings[0].id
        #expect(
            demo.title(of: AgendaItem(meetingID: m, column: .regelwerkTussendoor, subject: .text("PTA")))
                == "PTA")
        #expect(
            demo.title(of: AgendaItem(meetingID: m, column: .plannenBespreken, subject: .initiative(UUID())))
                == "(verwijderd initiatief)")
    }

    @Test func nextMeetingCountsTheMeetingDayItself() throws {
        let demo = try Self.demo()
        #expect(demo.nextMeeting(after: Day("2026-11-21")!)?.number == 3)
        #expect(demo.nextMeeting(after: Day("2026-12-01")!)?.number == 3)
        #expect(demo.nextMeeting(after: Day("2026-12-02")!)?.number == 4)
        #expect(demo.nextMeeting(after: Day("2027-04-07")!) == nil)
    }

    @Test func whatIsNextForThomas() throws {
        let demo = try Self.demo()
        let thomas = UUID(uuidString: "00000000-0000-4000-8000-000000000004")!
        let mine = demo.initiatives(of: thomas, today: Day("2026-11-21")!)
        #expect(mine.map(\.initiative.title) == ["English Proficiency", "Toetsmodel"])
        let proficiency = mine[0]
        #expect(proficiency.isInitiator && proficiency.positions.contains(.initiator))
        #expect(proficiency.next == .record(.goalAndDate), "the seed's lesson: no goal yet")
        #expect(proficiency.nextMeeting?.number == 4)
        #expect(proficiency.nextColumns == [.tussentijdsInformeren])
        let toetsmodel = mine[1]
        #expect(!toetsmodel.isInitiator && toetsmodel.positions == [.partner])
        #expect(toetsmodel.next == .task(.step(5)))
        #expect(toetsmodel.nextMeeting?.number == 3)
        #expect(toetsmodel.nextColumns == [.tussentijdsInformeren])
        #expect(demo.initiatives(of: UUID()).isEmpty)
    }

    @Test func removingAPersonLeavesNoTrace() throws {
        let demo = try Self.demo()
        let thomas = UUID(uuidString: "00000000-0000-4000-8000-000000000004")!
        let removed = demo.removingPerson(thomas)
        #expect(removed.people.count == 6)
        let text = String(decoding: try JSONEncoder().encode(removed), as: UTF8.self)
        #expect(!text.contains(thomas.uuidString), "the id appears nowhere in the section")
        #expect(removed.routineTasks.count == demo.routineTasks.count, "tasks stay, without owner")
        #expect(removed.initiatives.count == 4)
    }

    @Test func boardOrderAndTitleMatching() throws {
        let demo = try Self.demo()
        #expect(
            demo.initiativesInBoardOrder.map(\.title) == [
                "Uitgangspunten voor klassenverdeling", "English Proficiency", "Toetsmodel",
                "Literatuuronderwijs",
            ])
        #expect(
            TitleMatch.initiatives(in: demo, matching: " literatuurönderwijs ").map(\.title) == [
                "Literatuuronderwijs"
            ])
        #expect(
            TitleMatch.initiatives(in: demo, matching: "00000000-0000-4000-8000-000000000102").map(\.title)
                == ["Toetsmodel"])
        // A unique start or part of a title is enough; the command says which title it took.
        #expect(TitleMatch.initiatives(in: demo, matching: "toets").map(\.title) == ["Toetsmodel"])
        #expect(
            TitleMatch.initiatives(in: demo, matching: "klassen").map(\.title) == [
                "Uitgangspunten voor klassenverdeling"
            ])
        // Below three letters only a whole title counts; a part in two titles gives both, and callers
        // then refuse to guess.
        #expect(TitleMatch.initiatives(in: demo, matching: "e").isEmpty)
        var two = demo
        two.initiatives.append(Initiative(title: "Literatuur in de onderbouw"))
        #expect(TitleMatch.initiatives(in: two, matching: "literatuur").count == 2)
        #expect(TitleMatch.initiatives(in: demo, matching: "   ").isEmpty)
        #expect(TitleMatch.initiatives(in: demo, matching: "wiskunde").isEmpty)
        // People are found by PersonLookup (PersonLookupTests).
    }
}
