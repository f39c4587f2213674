import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Quitting never drops a change quietly: a failed save is tried again, then the user chooses.
@Suite struct UIQuitGuardTests {
    /// A driver with one change whose save failed (a full disk).
    static func failedSave() -> UIDriver {
        var d = UIDriver()
        d.acknowledgeSaves = false
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.key(.character(">"))
        if case .confirm = d.state.dialog { d.key(.enter) }
        d.send(.app(.saveFailed(slug: "sectie-engels", message: "The disk is full.")))
        return d
    }

    static func quitAndFailAgain() -> UIDriver {
        var d = failedSave()
        d.key(.character("q"))
        d.send(.app(.saveFailed(slug: "sectie-engels", message: "The disk is still full.")))
        return d
    }

    @Test func aSecondFailureAsksWithThreeAnswersInThoseWords() {
        let d = Self.quitAndFailAgain()
        #expect(!d.effects.contains(.quit))
        guard case .choice(let c) = d.state.dialog else {
            Issue.record("no question after the failed save at quit")
            return
        }
        #expect(c.title.contains("The disk is still full."))
        let labels = c.options.map(\.label)
        #expect(labels.contains { $0.contains("opnieuw proberen") })
        #expect(labels.contains { $0.contains("kopie elders opslaan") })
        #expect(labels.contains { $0.contains("wijzigingen verliezen") })
        #expect(d.screen.contains("Stoppen en de wijzigingen verliezen"))
    }

    @Test func quittingWithoutTheChangesIsMarkedAsDroppedWork() {
        var d = Self.quitAndFailAgain()
        d.keys(.end, .enter)
        #expect(d.effects.last == .quit)
        #expect(d.state.droppedWork)
    }

    @Test func aCopyElsewhereIsWrittenBeforeQuitting() {
        var d = Self.quitAndFailAgain()
        d.keys(.down, .enter)
        guard case .saveCopy(_, let section) = d.effects.last else {
            Issue.record("no copy asked for: \(String(describing: d.effects.last))")
            return
        }
        #expect(section == d.state.section)
        #expect(!d.effects.contains(.quit))
        d.send(.app(.copySaved(path: "/home/x/Documents/knooppunt/sectie-engels.json")))
        #expect(d.effects.last == .quit)
        #expect(!d.state.droppedWork)
    }

    @Test func aFailedCopyAsksAgain() {
        var d = Self.quitAndFailAgain()
        d.keys(.down, .enter)
        d.send(.app(.copyFailed(message: "read-only file system")))
        #expect(!d.effects.contains(.quit))
        guard case .choice(let c) = d.state.dialog else {
            Issue.record("no question after the failed copy")
            return
        }
        #expect(c.title.contains("read-only file system"))
    }

    @Test func tryingAgainSavesAndQuitsWhenItWorks() {
        var d = Self.quitAndFailAgain()
        let saves = d.saves.count
        d.key(.enter)
        #expect(d.saves.count == saves + 1)
        d.send(.app(.saved(slug: "sectie-engels", revision: 2)))
        #expect(d.effects.last == .quit)
    }

    @Test func escapeStaysWithTheChangesKept() {
        var d = Self.quitAndFailAgain()
        d.key(.escape)
        #expect(d.state.dialog == nil)
        #expect(!d.effects.contains(.quit))
        #expect(d.state.hasUnsavedWork)
    }

    @Test func aFailedSaveIsRetriedOnTheClock() {
        var d = Self.failedSave()
        let saves = d.saves.count
        d.send(.tick(1))
        d.send(.tick(QuitGuard.retrySeconds + 1))
        #expect(d.saves.count == saves + 1)
    }

    @Test func aConflictAtQuitAsksAtOnce() {
        var d = UIDriver()
        d.acknowledgeSaves = false
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.key(.character(">"))
        if case .confirm = d.state.dialog { d.key(.enter) }
        d.send(.app(.conflict(slug: "sectie-engels", message: "saved by someone else")))
        d.key(.character("q"))
        #expect(!d.effects.contains(.quit))
        guard case .choice = d.state.dialog else {
            Issue.record("no question when quitting with a change refused by a conflict")
            return
        }
    }

    @Test func withEverythingSavedQQuitsAtOnce() {
        var d = UIDriver()
        d.key(.character("q"))
        #expect(d.effects.last == .quit)
    }

    @Test func backToThePickerIsRefusedWithUnsavedWork() {
        var d = Self.failedSave()
        d.key(.character("S"))
        #expect(d.state.open != nil)
        #expect(d.screen.contains("q vraagt"))
    }
}

/// Ctrl-Z saves the text being typed before the program stops; typing goes on after `fg`.
@Suite struct UISuspendTests {
    @Test func typedTextIsSavedAtSuspendAndTheFieldStaysOpen() {
        var d = UIDriver()
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.key(.enter)
        d.key(.enter)  // the title, open for typing
        d.type(" (concept)")
        let saves = d.saves.count
        d.send(.suspend)
        #expect(d.saves.count == saves + 1)
        #expect(d.saves.last?.section.initiatives.contains { $0.title.hasSuffix("(concept)") } == true)
        #expect(d.state.editor?.buffer != nil)
    }
}

/// The status corner tells typed text from saved text, and a full field says so.
@Suite struct UITypingMarkTests {
    @Test func typedTextIsMarkedUntilTheFieldIsLeft() {
        var d = UIDriver()
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.keys(.enter, .enter)
        d.type("x")
        #expect(d.grid.line(d.height - 1).contains("… typen"))
        d.key(.escape)
        #expect(d.grid.line(d.height - 1).contains("✓ opgeslagen"))
    }

    @Test func aPasteBeyondTheLimitIsCutAndSaid() {
        var d = UIDriver()
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.keys(.enter, .enter)
        d.send(.paste(String(repeating: "a", count: 5000)))
        #expect(d.state.editor?.buffer?.text.count ?? 0 <= TextBuffer.capacity)
        #expect(d.screen.contains("ten hoogste 2000 tekens"))
    }
}

/// Removing a person in 5 Mensen erases them: references, their name in notes, and the kept versions.
@Suite struct UIErasureTests {
    @Test func removingAPersonReplacesTheirNameInNotesAndScrubsKeptVersions() throws {
        var section = UIFixture.section()
        let i = section.initiatives.firstIndex { $0.title == "Toetsmodel" }!
        section.initiatives[i].history.append(
            StepChange(from: .step(6), to: .step(7), date: UIFixture.today, note: "Gemma de Vries doet mee"))
        var d = UIDriver(section: section)
        d.key(.character("5"))
        #expect(d.section.people[d.state.people.index].name == "Gemma de Vries")
        d.key(.character("d"))
        #expect(d.screen.contains("[naam verwijderd]"))
        #expect(d.screen.contains("Gemma de Vries doet mee"))
        d.key(.enter)
        #expect(!d.section.people.contains { $0.name == "Gemma de Vries" })
        let note = d.section.initiatives.first { $0.title == "Toetsmodel" }?.history.last?.note
        #expect(note == "[naam verwijderd] doet mee")
        #expect(d.effects.contains { if case .forgetInBackups = $0 { return true } else { return false } })
    }
}

/// A section opened read-only says so and refuses changes before they are made.
@Suite struct UIReadOnlyTests {
    @Test func aReadOnlySectionIsMarkedAndRefusesChanges() {
        var d = UIDriver()
        d.send(.app(.readOnly(slug: "sectie-engels")))
        #expect(d.grid.line(0).contains("alleen lezen"))
        let before = d.section
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.key(.character(">"))
        if case .confirm = d.state.dialog { d.key(.enter) }
        #expect(d.section == before)
        #expect(d.saves.isEmpty)
        #expect(d.screen.contains("Alleen lezen"))
        d.key(.character("q"))
        #expect(d.effects.last == .quit)
    }
}
