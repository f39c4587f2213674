import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The step records in the editor (section input, reactions, who joins, trial log, evidence, results)
/// and the safeguards on the board and in the editor.
@Suite struct UIStepRecordsTests {
    @Test func textRecordsAreTypedAndSaved() {
        let fields: [(EditorField, KeyPath<Initiative, String>)] = [
            (.sectionInput, \.details.sectionInput), (.reactions, \.details.reactions),
            (.successes, \.details.successes), (.results, \.details.results), (.sharing, \.details.sharing),
        ]
        for (field, path) in fields {
            var d = UIEditorTests.editor(field)
            d.key(.enter)
            d.type("Genoteerd")
            d.key(.escape)
            #expect(d.initiative("Literatuuronderwijs")[keyPath: path] == "Genoteerd", "\(field)")
            #expect(d.screen.contains(field.label(.nl)))
        }
    }

    @Test func intensityCyclesOnTheInvolvedPerson() {
        var d = UIEditorTests.editor(.involved)
        d.key(.character("w"))
        #expect(d.initiative("Literatuuronderwijs").involved[0].intensity == .light)
        #expect(d.screen.contains("kort gesprek"))
        d.keys(.character("w"), .character("w"))
        #expect(d.initiative("Literatuuronderwijs").involved[0].intensity == .intensive)
        d.key(.character("w"))
        #expect(d.initiative("Literatuuronderwijs").involved[0].intensity == nil)
    }

    @Test func whoJoinsTheTrialIsChosenFromThePeople() {
        var d = UIEditorTests.editor(.trialParticipants)
        d.key(.enter)
        guard case .choice = d.state.dialog else {
            Issue.record("expected the people picker")
            return
        }
        d.keys(.character(" "), .enter)
        #expect(d.initiative("Literatuuronderwijs").details.trialParticipants == [UIFixture.gemma.id])
        #expect(d.screen.contains("Doen mee (7)"))
    }

    @Test func aTrialLogEntryAsksDayPeopleAndText() {
        var d = UIEditorTests.editor(.trialLog)
        d.key(.character("n"))
        d.keys(.control("a"), .control("k"))
        d.type("2026-11-20")
        d.key(.enter)
        guard case .choice = d.state.dialog else {
            Issue.record("expected the people picker")
            return
        }
        d.keys(.down, .character(" "), .enter)  // Caroline
        d.type("Eerste gesprekken gevoerd")
        d.key(.control("s"))
        let log = d.initiative("Literatuuronderwijs").details.trialLog
        #expect(
            log == [
                TrialLogEntry(
                    date: Day("2026-11-20")!, people: [UIFixture.caroline.id],
                    text: "Eerste gesprekken gevoerd")
            ])
        #expect(d.screen.contains("Eerste gesprekken gevoerd"))
        // d removes it after a confirmation (Enter: a removal is not confirmed with a letter).
        d.key(.character("d"))
        d.key(.enter)
        #expect(d.initiative("Literatuuronderwijs").details.trialLog.isEmpty)
    }

    @Test func evidenceIsAMultipleChoice() {
        var d = UIEditorTests.editor(.evidence)
        d.key(.enter)
        d.keys(.character(" "), .down, .down, .down, .down, .character(" "), .enter)
        #expect(d.initiative("Literatuuronderwijs").details.evidence == [.informal, .video])
        #expect(d.screen.contains("informeel, video"))
    }

    @Test func warningsShowOnTheBoardCardAndInTheEditor() {
        var d = UIDriver(width: 200, height: 60)
        // Toetsmodel (step 7) is listed under Ervaringen uitwisselen at coming meetings.
        d.selectCard("Toetsmodel")
        #expect(d.screen.contains("⚠"))
        #expect(d.screen.contains("nog niet bij stap 8"))
        d.key(.enter)
        #expect(d.state.screen == .editor)
        #expect(d.screen.contains("⚠ staat bij Ervaringen uitwisselen (overleg 4)"))
    }

    @Test func anOwnerWhoLeavesBeforeTheTargetDateIsFlagged() {
        var section = UIFixture.section()
        if let i = section.people.firstIndex(where: { $0.id == UIFixture.fred.id }) {
            section.people[i].leaving = Day("2027-03-01")
        }
        var d = UIDriver(section: section, width: 200, height: 60)
        d.selectCard("Toetsmodel")
        d.key(.enter)
        #expect(d.screen.contains("eigenaar nodig: Fred Jansen vertrekt 2027-03-01"))
    }

    @Test func aMissingMotivationIsFilledInFromTheMoveWithI() {
        var section = UIFixture.section()
        if let i = section.initiatives.firstIndex(where: { $0.title == "English Proficiency" }) {
            section.initiatives[i].initiators = [UIFixture.thomas.id]
        }
        var d = UIDriver(section: section, width: 200, height: 60)
        d.selectCard("English Proficiency")
        #expect(d.screen.contains("Ontbreekt: waarom de initiatiefnemer het oppakt"))
        d.key(.character(">"))
        guard case .confirm(let c) = d.state.dialog else {
            Issue.record("moving on without a motivation should ask")
            return
        }
        #expect(c.details.contains { $0.contains("motivatie") })
        d.key(.character("i"))
        #expect(d.state.screen == .editor)
        #expect(d.state.editor?.field == .motivation)
        #expect(d.state.editor?.buffer != nil, "typing starts at once")
        d.type("Leerlingen halen het niveau niet")
        d.key(.tab)
        #expect(d.initiative("English Proficiency").motivation == "Leerlingen halen het niveau niet")
        #expect(d.initiative("English Proficiency").stage == .step(2), "filled in, the move is made")
    }

    @Test func aLogEntryGoesToTheNextMeetingWithA() {
        var section = UIFixture.section()
        if let i = section.initiatives.firstIndex(where: { $0.title == "Literatuuronderwijs" }) {
            section.initiatives[i].details.trialLog = [
                TrialLogEntry(date: Day(year: 2026, month: 11, day: 18), text: "Leerlingen lazen meer")
            ]
        }
        var d = UIDriver(section: section, width: 200, height: 60)
        d.selectCard("Literatuuronderwijs")
        d.key(.enter)
        while d.state.editor?.field != .trialLog { d.key(.down) }
        d.key(.character("a"))
        // The next meeting from 2026-11-21 is overleg 3.
        let items = d.section.agenda(ofMeeting: 3)[.ervaringenUitwisselen] ?? []
        #expect(
            items.contains {
                $0.subject == .text("Literatuuronderwijs, 2026-11-18: Leerlingen lazen meer")
                    && $0.placedByHand
            })
        #expect(d.screen.contains("Op de agenda van overleg 3 gezet"))
    }
}
