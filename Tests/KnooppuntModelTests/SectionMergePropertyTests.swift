import Foundation
import Testing

@testable import KnooppuntModel

/// Random edit scripts on both sides of one base, merged: an edit the other side did not touch is
/// never lost; a conflict only where both sides changed the same field differently; swapping the sides
/// gives the same section apart from which value of a conflict is current; the result always
/// validates. `make test` runs a fixed seed; `make merge-fuzz` a new one (SEED, COUNT).
@Suite struct SectionMergePropertyTests {
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    /// A field of an entity an edit touched: (entity id, field name).
    struct Touch: Hashable {
        var entity: UUID
        var field: String
    }

    struct Side {
        var section: Section
        var touched: [Touch: String] = [:]
        var removed: Set<UUID> = []
        var added: Set<UUID> = []
    }

    static func base(_ rng: inout Random) -> Section {
        var s = Section(name: "Sectie")
        for n in 0..<(3 + rng.below(4)) { s.people.append(Person(name: "Persoon \(n)")) }
        for n in 0..<(3 + rng.below(5)) {
            s.initiatives.append(
                Initiative(
                    title: "Initiatief \(n)", stage: .step(rng.below(11)), goal: "doel \(n)",
                    approach: "a\nb\nc"))
        }
        for n in 0..<(2 + rng.below(3)) {
            s.meetings.append(Meeting(number: n + 1, date: Day(year: 2026, month: 9 + n, day: 10)))
        }
        return s
    }

    /// One random edit; records what it touched.
    static func edit(_ side: inout Side, _ rng: inout Random, tag: String) {
        var s = side.section
        switch rng.below(7) {
        case 0 where !s.initiatives.isEmpty:
            let i = rng.below(s.initiatives.count)
            s.initiatives[i].title = "titel \(tag)\(rng.below(1000))"
            side.touched[Touch(entity: s.initiatives[i].id, field: "title")] = s.initiatives[i].title
        case 1 where !s.initiatives.isEmpty:
            let i = rng.below(s.initiatives.count)
            s.initiatives[i].goal = "doel \(tag)\(rng.below(1000))"
            side.touched[Touch(entity: s.initiatives[i].id, field: "goal")] = s.initiatives[i].goal
        case 2 where !s.initiatives.isEmpty:
            let i = rng.below(s.initiatives.count)
            s.initiatives[i].stage = .step(rng.below(11))
            side.touched[Touch(entity: s.initiatives[i].id, field: "stage")] = "\(s.initiatives[i].stage)"
        case 3:
            let p = Person(name: "Nieuw \(tag)\(rng.below(1000))")
            s.people.append(p)
            side.added.insert(p.id)
        case 4 where s.initiatives.count > 1:
            let i = rng.below(s.initiatives.count)
            let id = s.initiatives[i].id
            side.removed.insert(id)
            // What this side did to it before removing it is gone with it.
            side.touched = side.touched.filter { $0.key.entity != id }
            s.initiatives.remove(at: i)
        case 5 where !s.meetings.isEmpty:
            let i = rng.below(s.meetings.count)
            s.meetings[i].place = "lokaal \(tag)\(rng.below(100))"
            side.touched[Touch(entity: s.meetings[i].id, field: "place")] = s.meetings[i].place
        default:
            let i = s.initiatives.isEmpty ? -1 : rng.below(s.initiatives.count)
            if i >= 0 {
                let note = "\(tag) \(rng.below(1000))"
                s.initiatives[i].history.append(
                    StepChange(
                        from: .step(0), to: .step(1),
                        date: Day(year: 2026, month: 11, day: 1 + rng.below(28)), note: note))
                side.touched[Touch(entity: s.initiatives[i].id, field: "history+" + note)] = note
            }
        }
        side.section = s
    }

    static func value(_ s: Section, _ t: Touch) -> String? {
        if let i = s.initiatives.first(where: { $0.id == t.entity }) {
            switch t.field {
            case "title": return i.title
            case "goal": return i.goal
            case "stage": return "\(i.stage)"
            default:
                if t.field.hasPrefix("history+") {
                    let note = String(t.field.dropFirst(8))
                    return i.history.contains { $0.note == note } ? note : nil
                }
                return nil
            }
        }
        if let m = s.meetings.first(where: { $0.id == t.entity }), t.field == "place" { return m.place }
        return nil
    }

    /// Conflicts decided canonically (the smaller value), so two merges can be compared whole.
    static func canonical(_ s: Section) -> Section {
        var out = s
        for c in s.conflicts {
            out = out.resolving(c.id, keepOther: c.other < c.current)
        }
        return out
    }

    static func round(seed: UInt64) throws {
        var rng = Random(state: seed)
        let base = Self.base(&rng)
        var a = Side(section: base), b = Side(section: base)
        for _ in 0..<(1 + rng.below(6)) { edit(&a, &rng, tag: "A") }
        for _ in 0..<(1 + rng.below(6)) { edit(&b, &rng, tag: "B") }
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let ab = try SectionMerge.merge(base: base, ours: a.section, theirs: b.section, source: "b", at: at)
        let ba = try SectionMerge.merge(base: base, ours: b.section, theirs: a.section, source: "a", at: at)
        let merged = ab.section
        // Nothing one side did alone is lost.
        for (side, other) in [(a, b), (b, a)] {
            for (touch, value) in side.touched
            where other.touched[touch] == nil && !other.removed.contains(touch.entity) {
                #expect(
                    Self.value(merged, touch) == value,
                    "seed \(seed): \(touch.field) of one side lost\nA \(a.touched) rm \(a.removed)\nB \(b.touched) rm \(b.removed)\nconflicts \(ab.conflicts.map(\.place))"
                )
            }
            for id in side.added {
                #expect(merged.people.contains { $0.id == id }, "seed \(seed): an added person lost")
            }
            for id in side.removed where !other.touched.keys.contains(where: { $0.entity == id }) {
                #expect(!merged.initiatives.contains { $0.id == id }, "seed \(seed): a removal lost")
            }
        }
        // A conflict only where both changed the same field differently (or removal met edit).
        for c in ab.conflicts {
            let both =
                a.touched.keys.contains { t in c.path.contains("i:" + t.entity.uuidString) }
                && b.touched.keys.contains { t in c.path.contains("i:" + t.entity.uuidString) }
            let removal = (a.removed.union(b.removed)).contains { id in c.path.contains("i:" + id.uuidString)
            }
            #expect(both || removal, "seed \(seed): a conflict at \(c.place) that only one side touched")
        }
        // Swapping the sides: the same section once conflicts are decided the same way.
        #expect(
            Self.canonical(ab.section) == Self.canonical(ba.section),
            "seed \(seed): the merge depends on the order")
        // The result validates: repairing it changes nothing.
        #expect(
            SectionValidation.repaired(merged).repairs.isEmpty,
            "seed \(seed): the merge left something to repair")
    }

    @Test func randomEditScriptsOnBothSides() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["KNOOPPUNT_MERGE_SEED"].flatMap(UInt64.init) ?? 20_261_201
        let count = environment["KNOOPPUNT_MERGE_COUNT"].flatMap(Int.init) ?? 1500
        var rng = Random(state: seed)
        for _ in 0..<count { try Self.round(seed: rng.next()) }
    }
}
