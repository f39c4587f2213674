import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The safeguards where people work: a leaving day in 5 Mensen, what is missing and overdue in
/// 6 Mijn, and the warning mark in meeting mode.
@Suite struct UISafeguardTests {
    @Test func aLeavingDayIsTypedInPeopleAndMarksTheOwnersInitiatives() {
        var d = UIDriver(width: 200, height: 60)
        d.key(.character("5"))
        d.keys(.down, .down)  // Fred
        d.key(.character("e"))
        d.keys(.down, .down, .down)  // name, initials, role, leaving day
        d.key(.enter)
        d.type("1-3-2027")
        d.key(.enter)
        #expect(d.section.person(UIFixture.fred.id)?.leaving == Day("2027-03-01"))
        #expect(d.screen.contains("vertrekt 2027-03-01"))
        // Toetsmodel's target date is 2027-07-01: Fred leaves before it.
        d.key(.character("1"))
        d.selectCard("Toetsmodel")
        #expect(d.screen.contains("eigenaar nodig: Fred Jansen"))
        // An empty answer takes the day away again.
        d.key(.character("5"))
        d.key(.character("e"))
        d.keys(.down, .down, .down)
        d.key(.enter)
        d.keys(.control("a"), .control("k"))
        d.key(.enter)
        #expect(d.section.person(UIFixture.fred.id)?.leaving == nil)
    }

    @Test func aWrongLeavingDayIsRefused() {
        var d = UIDriver(width: 200, height: 60)
        d.key(.character("5"))
        d.key(.character("e"))
        d.keys(.down, .down, .down)
        d.key(.enter)
        d.type("morgen")
        d.key(.enter)
        #expect(d.section.person(UIFixture.gemma.id)?.leaving == nil)
        #expect(d.screen.contains("Geen geldige datum"))
    }

    @Test func mineSaysWhatIsMissingTheDatesTasksAndWarnings() {
        var d = UIDriver(width: 200, height: 60)
        d.key(.character("6"))
        d.keys(.down, .down)  // Fred: Toetsmodel, and the overdue task "Toetsen maken"
        let text = d.screen
        #expect(text.contains("Mijn taken"))
        #expect(text.contains("! Toetsen maken · uiterlijk 2026-11-01 · te laat"))
        #expect(text.contains("Streefdatum 2027-07-01"))
        #expect(text.contains("⚠ staat bij Ervaringen uitwisselen"))
        // Gemma's Literatuuronderwijs at step 8: the trial's end date shows.
        d.keys(.up, .up)
        #expect(d.screen.contains("uitproberen tot 2027-02-01"))
    }

    @Test func mineListsEverySkippedRecordNotOnlyTheStepsOwn() {
        var d = UIDriver(width: 200, height: 60)
        d.key(.character("6"))
        // Heleen: Uitgangspunten at step 3 has every record so far, so what step 3 itself records is
        // next: the section's input, read from the initiative rather than the step's generic task.
        d.keys(.down, .down, .down, .down, .down)
        #expect(d.screen.contains("Volgende vastleggen: de inbreng van de sectie"))
        // Toetsmodel's skipped record shows by name once it is emptied.
        var section = UIFixture.section()
        if let i = section.initiatives.firstIndex(where: { $0.title == "Toetsmodel" }) {
            section.initiatives[i].involved = []
        }
        var e = UIDriver(section: section, width: 200, height: 60)
        e.key(.character("6"))
        e.keys(.down, .down)
        #expect(e.screen.contains("Ontbreekt: de betrokkenen"))
    }

    @Test func meetingModeShowsTheRecordedExperiencesUnderErvaringen() {
        var section = UIFixture.section()
        if let i = section.initiatives.firstIndex(where: { $0.title == "Literatuuronderwijs" }) {
            section.initiatives[i].experiences = [
                Experience(date: Day(year: 2026, month: 11, day: 10), text: "Gesprekken liepen goed")
            ]
            section.initiatives[i].details.trialLog = [
                TrialLogEntry(date: Day(year: 2026, month: 11, day: 12), text: "Tweede ronde in 4 vwo")
            ]
        }
        var d = UIDriver(section: section, width: 200, height: 60)
        d.key(.character("m"))
        while case .choice(let c) = d.state.dialog, c.selected != 3 { d.key(.down) }
        d.key(.enter)
        while !d.screen.contains("▶ Literatuuronderwijs"), d.state.meeting.index < 10 { d.key(.down) }
        #expect(d.screen.contains("ervaring 2026-11-10: Gesprekken liepen goed"))
        #expect(d.screen.contains("logboek 2026-11-12: Tweede ronde in 4 vwo"))
    }

    @Test func meetingModeMarksAnItemWithAWarning() {
        var d = UIMeetingTests.meeting(4)
        let text = d.screen
        #expect(text.contains("Toetsmodel — stap 7 Sectie · FJ ⚠"))
        // Select Toetsmodel under Ervaringen uitwisselen: the warning is spelled out.
        while d.screen.contains("▶ Toetsmodel") == false, d.state.meeting.index < 10 { d.key(.down) }
        #expect(d.screen.contains("⚠ staat bij Ervaringen uitwisselen (overleg 4)"))
    }
}

/// `p` and `P` read the step and say what came and what went.
@Suite struct UIPlannerStepTests {
    @Test func aClosedInitiativeLeavesTheComingMeetingsOnP() {
        var section = UIFixture.section()
        guard let i = section.initiatives.firstIndex(where: { $0.title == "Literatuuronderwijs" }) else {
            Issue.record("fixture")
            return
        }
        let id = section.initiatives[i].id
        section.initiatives[i].stage = .closed
        // Two items the planner placed earlier, one at a held meeting and one at a coming one.
        let held = AgendaItem(
            meetingID: UIFixture.meetings[0].id, column: .ervaringenUitwisselen, subject: .initiative(id),
            placedByHand: false)
        let coming = AgendaItem(
            meetingID: UIFixture.meetings[4].id, column: .ervaringenUitwisselen, subject: .initiative(id),
            placedByHand: false)
        section.agenda += [held, coming]
        var d = UIDriver(section: section, width: 200, height: 60)
        d.key(.character("2"))
        d.key(.character("P"))
        #expect(d.section.agenda.contains(held), "a held meeting is history")
        #expect(!d.section.agenda.contains(coming))
        #expect(d.screen.contains("Alle initiatieven ingepland:"))
        #expect(d.screen.contains(" eraf."))
    }

    @Test func aTrialInitiativeGetsExperiencesAtEveryComingMeeting() {
        var d = UIDriver(width: 200, height: 60)
        d.selectCard("Literatuuronderwijs")  // step 8
        d.key(.character("p"))
        let id = UIFixture.literatuur.id
        for number in 3...6 {
            #expect(
                d.section.agenda(ofMeeting: number)[.ervaringenUitwisselen]?.contains {
                    $0.subject == .initiative(id)
                } == true, "overleg \(number)")
        }
        #expect(d.screen.contains("Initiatief ingepland: 2 erbij, 0 eraf."))
    }
}
