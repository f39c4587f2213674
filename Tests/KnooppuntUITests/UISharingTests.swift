import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// A colleague's change arriving while the section is open, a save that came back merged, and the
/// conflicts screen.
@Suite struct UISharingTests {
    @Test func theClockAsksForTheFileAndAChangeFromElsewhereIsTakenOver() {
        var d = UIDriver()
        d.send(.tick(1))
        #expect(d.effects.contains(.watch(slug: "sectie-engels", revision: 1)))
        var theirs = d.section
        let i = theirs.initiatives.firstIndex { $0.title == "Toetsmodel" }!
        theirs.initiatives[i].stage = .step(8)
        d.selectCard("Literatuuronderwijs")
        d.send(
            .app(
                .changedOnDisk(
                    slug: "sectie-engels", section: theirs, revision: 5, summary: "Toetsmodel naar stap 8")))
        #expect(d.section.initiatives[i].stage == .step(8))
        #expect(d.state.open?.revision == 5)
        #expect(d.screen.contains("Binnengekomen van elders: Toetsmodel naar stap 8"))
        // The selection stays on the card it was on.
        #expect(App.selectedInitiative(d.state)?.title == "Literatuuronderwijs")
    }

    /// Undo after a colleague's change came in takes back our own step and keeps theirs.
    @Test func undoAfterAChangeFromElsewhereKeepsTheColleaguesChange() {
        var d = UIDriver()
        var ours = d.section
        let mine = ours.initiatives.firstIndex { $0.title == "Literatuuronderwijs" }!
        ours.initiatives[mine].goal = "Ons nieuwe doel"
        _ = App.change(&d.state, to: ours)
        d.send(.app(.saved(slug: "sectie-engels", revision: 2)))
        var theirs = d.section
        let i = theirs.initiatives.firstIndex { $0.title == "Toetsmodel" }!
        theirs.initiatives[i].stage = .step(8)
        d.send(
            .app(.changedOnDisk(slug: "sectie-engels", section: theirs, revision: 3, summary: "Toetsmodel")))
        #expect(d.section.initiatives[i].stage == .step(8))
        d.key(.character("u"))
        #expect(d.section.initiatives[mine].goal != "Ons nieuwe doel", "our step is taken back")
        #expect(d.section.initiatives[i].stage == .step(8), "their change stays")
        d.key(.control("r"))
        #expect(d.section.initiatives[mine].goal == "Ons nieuwe doel")
        #expect(d.section.initiatives[i].stage == .step(8))
    }

    /// Where our earlier step and their change touched the same field, undo stops there rather than
    /// take back half of it.
    @Test func undoStopsWhereOurStepAndTheirChangeMeet() {
        var d = UIDriver()
        var ours = d.section
        let i = ours.initiatives.firstIndex { $0.title == "Toetsmodel" }!
        ours.initiatives[i].goal = "Ons doel"
        _ = App.change(&d.state, to: ours)
        d.send(.app(.saved(slug: "sectie-engels", revision: 2)))
        var theirs = d.section
        theirs.initiatives[i].goal = "Hun doel"
        d.send(.app(.changedOnDisk(slug: "sectie-engels", section: theirs, revision: 3, summary: "doel")))
        d.key(.character("u"))
        #expect(d.section.initiatives[i].goal == "Hun doel")
        #expect(d.screen.contains("Niets om ongedaan te maken"))
    }

    @Test func aChangeFromElsewhereWhileOurSaveFailedIsMergedBySaving() {
        var d = UIDriver()
        d.acknowledgeSaves = false
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.key(.character(">"))
        if case .confirm = d.state.dialog { d.key(.enter) }
        d.send(.app(.saveFailed(slug: "sectie-engels", message: "disk full")))
        let saves = d.saves.count
        d.send(
            .app(
                .changedOnDisk(slug: "sectie-engels", section: UIFixture.section(), revision: 9, summary: "x")
            ))
        #expect(d.saves.count == saves + 1)
        #expect(d.section != UIFixture.section())
    }

    @Test func aMergedSaveShowsWhatCameInAndTheConflictsWait() throws {
        var d = UIDriver()
        var merged = d.section
        merged.conflicts = [
            MergeConflict(
                id: UUID(), path: ["k:name"], place: "name", current: "\"Sectie Engels\"",
                other: "\"Engels\"",
                source: "test", at: "2026-12-01T10:00:00Z")
        ]
        d.send(
            .app(
                .merged(
                    slug: "sectie-engels", section: merged, revision: 7, summary: "Toetsmodel bijgewerkt",
                    conflicts: 1)))
        #expect(d.screen.contains("Samengevoegd met een wijziging van elders"))
        #expect(d.grid.line(0).contains("⚠ 1 conflict (C)"))
        d.key(.character("C"))
        #expect(d.state.screen == .conflicts)
        #expect(d.screen.contains("huidig: Sectie Engels"))
        #expect(d.screen.contains("andere: Engels"))
        d.key(.right)
        #expect(d.section.name == "Engels")
        #expect(d.section.conflicts.isEmpty)
        #expect(d.screen.contains("Niets te beslissen"))
        d.key(.escape)
        #expect(d.state.screen == .board)
    }
}
