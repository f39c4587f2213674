import Foundation
import Testing

@testable import KnooppuntModel

/// The three-way merge: what one side changed arrives, what both changed differently is kept twice.
@Suite struct SectionMergeTests {
    static let at = Date(timeIntervalSince1970: 1_800_000_000)

    static func base() -> Section {
        var s = Section(
            name: "Sectie", people: [Person(name: "Gemma de Vries"), Person(name: "Fred van Dijk")])
        s.initiatives = [
            Initiative(
                title: "Toetsmodel", stage: .step(5), goal: "Nieuw toetsmodel",
                approach: "regel 1\nregel 2\nregel 3"),
            Initiative(title: "Lezen", stage: .step(2)),
        ]
        s.meetings = [Meeting(number: 1, date: Day(year: 2026, month: 9, day: 10))]
        return s
    }

    static func merge(_ b: Section, _ o: Section, _ t: Section) throws -> SectionMerge.Outcome {
        try SectionMerge.merge(base: b, ours: o, theirs: t, source: "test", at: at)
    }

    @Test func changesOnDifferentFieldsAndEntitiesBothArrive() throws {
        let b = Self.base()
        var o = b, t = b
        o.initiatives[0].stage = .step(6)
        t.initiatives[0].goal = "Toetsmodel voor de bovenbouw"
        t.initiatives[1].title = "Lezen in 4 vwo"
        o.people.append(Person(name: "Caroline Noël"))
        t.meetings.append(Meeting(number: 2, date: Day(year: 2026, month: 10, day: 22)))
        let m = try Self.merge(b, o, t)
        #expect(m.conflicts.isEmpty)
        #expect(m.section.initiatives[0].stage == .step(6))
        #expect(m.section.initiatives[0].goal == "Toetsmodel voor de bovenbouw")
        #expect(m.section.initiatives[1].title == "Lezen in 4 vwo")
        #expect(m.section.people.count == 3)
        #expect(m.section.meetings.count == 2)
    }

    @Test func bothChangingOneFieldKeepsBothValues() throws {
        let b = Self.base()
        var o = b, t = b
        o.initiatives[0].goal = "A"
        t.initiatives[0].goal = "B"
        let m = try Self.merge(b, o, t)
        #expect(m.conflicts.count == 1)
        #expect(m.section.initiatives[0].goal == "A")
        #expect(m.section.conflicts.first?.other == "\"B\"")
        #expect(m.section.conflicts.first?.place.contains("Toetsmodel") == true)
        let chosen = m.section.resolving(m.conflicts[0].id, keepOther: true)
        #expect(chosen.initiatives[0].goal == "B")
        #expect(chosen.conflicts.isEmpty)
        let kept = m.section.resolving(m.conflicts[0].id, keepOther: false)
        #expect(kept.initiatives[0].goal == "A")
        #expect(kept.conflicts.isEmpty)
    }

    @Test func longTextsMergeLineByLineAndOverlapsConflict() throws {
        let b = Self.base()
        var o = b, t = b
        o.initiatives[0].approach = "regel 1 (ons)\nregel 2\nregel 3"
        t.initiatives[0].approach = "regel 1\nregel 2\nregel 3 (hun)"
        let clean = try Self.merge(b, o, t)
        #expect(clean.conflicts.isEmpty)
        #expect(clean.section.initiatives[0].approach == "regel 1 (ons)\nregel 2\nregel 3 (hun)")
        t.initiatives[0].approach = "regel 1 (hun)\nregel 2\nregel 3"
        let clash = try Self.merge(b, o, t)
        #expect(clash.conflicts.count == 1)
    }

    @Test func aRemovalAgainstAnUntouchedEntityRemovesAgainstAnEditConflicts() throws {
        let b = Self.base()
        var o = b, t = b
        o.initiatives.remove(at: 1)
        let removed = try Self.merge(b, o, t)
        #expect(removed.section.initiatives.count == 1)
        t.initiatives[1].goal = "nog bezig"
        let kept = try Self.merge(b, o, t)
        #expect(kept.section.initiatives.count == 2)
        #expect(kept.conflicts.count == 1)
    }

    @Test func swappingTheSidesGivesTheSameSectionApartFromConflictValues() throws {
        let b = Self.base()
        var o = b, t = b
        o.people.append(Person(name: "A"))
        t.people.append(Person(name: "B"))
        o.initiatives[0].goal = "X"
        t.initiatives[0].goal = "Y"
        var x = try Self.merge(b, o, t).section
        var y = try Self.merge(b, t, o).section
        #expect(x.people.map(\.name) == y.people.map(\.name))
        #expect(Set(x.conflicts.map(\.id)) == Set(y.conflicts.map(\.id)))
        x.initiatives[0].goal = ""
        y.initiatives[0].goal = ""
        x.conflicts = []
        y.conflicts = []
        #expect(x == y)
    }

    @Test func twoNewMeetingsWithOneNumberAreRenumberedByDate() throws {
        let b = Self.base()
        var o = b, t = b
        o.meetings.append(Meeting(number: 2, date: Day(year: 2026, month: 11, day: 5)))
        t.meetings.append(Meeting(number: 2, date: Day(year: 2026, month: 10, day: 1)))
        let m = try Self.merge(b, o, t).section
        let byDate = m.meetings.sorted {
            ($0.date ?? Day(year: 9999, month: 1, day: 1)) < ($1.date ?? Day(year: 9999, month: 1, day: 1))
        }
        #expect(byDate.map(\.number) == [1, 2, 3])
    }

    @Test func lineMergeIsDiff3() {
        #expect(LineMerge.merge(base: "a\nb\nc", ours: "A\nb\nc", theirs: "a\nb\nC") == "A\nb\nC")
        #expect(LineMerge.merge(base: "a\nb\nc", ours: "a\nx\nc", theirs: "a\ny\nc") == nil)
        #expect(LineMerge.merge(base: "a", ours: "a\nb", theirs: "c\na") == "c\na\nb")
    }
}

/// The merge base this machine keeps must read back: without it every save conflict would stay one.
@Suite struct MachineStateTests {
    @Test func aRememberedBaseReadsBack() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let state = MachineState(
            dataDirectory: root.appendingPathComponent("data"), environment: ["XDG_STATE_HOME": root.path])
        let section = Section(name: "Sectie", people: [Person(name: "Gemma de Vries")])
        state.remember(section, slug: "sectie")
        #expect(state.base(of: "sectie") == section)
        #expect(!state.folder.path.hasPrefix(root.appendingPathComponent("data").path))
    }

    @Test func anErasureReachesTheMergeBase() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let state = MachineState(
            dataDirectory: root.appendingPathComponent("data"), environment: ["XDG_STATE_HOME": root.path])
        let gemma = Person(name: "Gemma de Vries")
        state.remember(Section(name: "Sectie", people: [gemma, Person(name: "Fred")]), slug: "sectie")
        let erasure = PersonErasure(person: gemma, among: [gemma])
        state.forget("sectie") { erasure.erased(from: $0, replacingMentions: true) }
        #expect(state.base(of: "sectie")?.people.map(\.name) == ["Fred"])
    }
}
