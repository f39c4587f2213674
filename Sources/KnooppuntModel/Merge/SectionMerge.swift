import Foundation

/// `merge(base, ours, theirs)`: two versions of a section that grew from one base, made one. See
/// `JSONMerge` for the rules and docs/METHOD.md ("Working together") for what a user sees. Pure and
/// deterministic: swapping ours and theirs gives the same section apart from which value of a
/// conflict is the current one.
public enum SectionMerge {
    public struct Outcome: Hashable, Sendable {
        public var section: Section
        /// The conflicts this merge found (also appended to `section.conflicts`).
        public var conflicts: [MergeConflict]
    }

    /// Only what the shared files hold is merged: private notes and a coach's own measurements are
    /// this machine's (`PrivateParts`), so each side's are taken out first and ours are put back on
    /// the result. A colleague's file never holds them, and theirs never reach our private file.
    public static func merge(
        base: Section, ours: Section, theirs: Section, source: String, at: Date = Date()
    ) throws -> Outcome {
        let (sharedOurs, mine) = ours.splitPrivate()
        var outcome = try mergeShared(
            base: base.withoutPrivate, ours: sharedOurs, theirs: theirs.withoutPrivate, source: source, at: at
        )
        outcome.section = outcome.section.withPrivate(mine)
        return outcome
    }

    static func mergeShared(
        base: Section, ours: Section, theirs: Section, source: String, at: Date
    ) throws -> Outcome {
        // The large collections first, as typed values (see `SectionLanes`); then the rest of the
        // section (its name, school, open conflicts, usual times, and any collection added later) as
        // JSON, with those collections emptied on all three sides so they take no part.
        var lanes = SectionLanes()
        var merged = ours
        merged.people = try lanes.entities(base.people, ours.people, theirs.people, key: "people")
        merged.initiatives = try lanes.entities(
            base.initiatives, ours.initiatives, theirs.initiatives, key: "initiatives")
        merged.meetings = try lanes.entities(
            base.meetings, ours.meetings, theirs.meetings, key: "meetings", date: \.date)
        merged.agenda = try lanes.entities(base.agenda, ours.agenda, theirs.agenda, key: "agenda")
        merged.routineTasks = try lanes.entities(
            base.routineTasks, ours.routineTasks, theirs.routineTasks, key: "routineTasks")
        merged.networks = try lanes.whole(base.networks, ours.networks, theirs.networks, key: "networks")
        merged.instruments = try lanes.whole(
            base.instruments, ours.instruments, theirs.instruments, key: "instruments")
        func rest(_ s: Section) -> Section {
            var r = s
            r.people = []
            r.initiatives = []
            r.meetings = []
            r.agenda = []
            r.routineTasks = []
            r.networks = Networks()
            r.instruments = Instruments()
            return r
        }
        let sorted = JSONEncoder()
        sorted.outputFormatting = .sortedKeys
        let oursData = try sorted.encode(rest(ours)), theirsData = try sorted.encode(rest(theirs))
        let b = try JSONValue.of(rest(base)), o = try JSONValue.parse(oursData)
        let t = try JSONValue.parse(theirsData)
        // The side order comes from the content (sorted keys), so swapping the sides changes nothing.
        var engine = JSONMerge(
            oursFirst: JSONMerge.fingerprint(oursData) <= JSONMerge.fingerprint(theirsData))
        let mergedRest = engine.merge(b, o, t, path: []) ?? o
        var section = try mergedRest.decoded(as: Section.self)
        section.people = merged.people
        section.initiatives = merged.initiatives
        section.meetings = merged.meetings
        section.agenda = merged.agenda
        section.routineTasks = merged.routineTasks
        section.networks = merged.networks
        section.instruments = merged.instruments
        let stamp = ISO8601DateFormatter().string(from: at)
        let found = lanes.found + engine.clashes.map { SectionLanes.Found(clash: $0, document: mergedRest) }
        let conflicts = found.map { item in
            let clash = item.clash
            let current = clash.current?.text ?? "null"
            let other = clash.other?.text ?? "null"
            return MergeConflict(
                id: Self.stableID(
                    clash.path.joined(separator: "/") + "|" + [current, other].sorted().joined()),
                path: clash.path, place: JSONPath.place(clash.path, in: item.document), current: current,
                other: other,
                source: source, at: stamp)
        }
        // Both sides may have added the same conflict; keep one of each.
        let known = Set(section.conflicts.map(\.id))
        section.conflicts += conflicts.filter { !known.contains($0.id) }
        section = rebuildDerived(section)
        return Outcome(section: section, conflicts: conflicts)
    }

    /// What is computed from other data is recomputed: meeting numbers follow the dates when two
    /// laptops each added a meeting with the same number, and references to what one side removed go.
    static func rebuildDerived(_ section: Section) -> Section {
        var s = SectionValidation.repaired(section).section
        let numbers = s.meetings.map(\.number)
        if Set(numbers).count != numbers.count {
            let ordered = s.meetings.sorted { a, b in
                switch (a.date, b.date) {
                case (let x?, let y?) where x != y: return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.number < b.number
                }
            }
            for (n, meeting) in ordered.enumerated() {
                if let i = s.meetings.firstIndex(where: { $0.id == meeting.id }) {
                    s.meetings[i].number = n + 1
                }
            }
        }
        return s
    }

    static func stableID(_ text: String) -> UUID {
        let a = JSONMerge.fingerprint(text), b = JSONMerge.fingerprint("knooppunt:" + text)
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i))
        }
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
