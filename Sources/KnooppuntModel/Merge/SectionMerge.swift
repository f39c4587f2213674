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
        let sorted = JSONEncoder()
        sorted.outputFormatting = .sortedKeys
        let oursData = try sorted.encode(ours), theirsData = try sorted.encode(theirs)
        let b = try JSONValue.of(base), o = try JSONValue.parse(oursData), t = try JSONValue.parse(theirsData)
        // The side order comes from the content (sorted keys), so swapping the sides changes nothing.
        var engine = JSONMerge(
            oursFirst: JSONMerge.fingerprint(oursData) <= JSONMerge.fingerprint(theirsData))
        let merged = engine.merge(b, o, t, path: []) ?? o
        var section = try merged.decoded(as: Section.self)
        let stamp = ISO8601DateFormatter().string(from: at)
        let conflicts = engine.clashes.map { clash in
            let current = clash.current?.text ?? "null"
            let other = clash.other?.text ?? "null"
            return MergeConflict(
                id: Self.stableID(
                    clash.path.joined(separator: "/") + "|" + [current, other].sorted().joined()),
                path: clash.path, place: JSONPath.place(clash.path, in: merged), current: current,
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
