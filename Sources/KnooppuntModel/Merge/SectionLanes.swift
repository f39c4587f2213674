import Foundation

/// The section's large collections merged as typed values before the rest goes through `JSONMerge`.
///
/// Why: a merge of a 1 MB section spent nearly all its time turning three sections into JSON values
/// and the result back, while a real merge touches a handful of entities. Here what one side left
/// alone is taken from the other by typed comparison (`==` on the structs), and only an entity that
/// both sides changed is merged as JSON, by the same `JSONMerge` rules and with the same conflict
/// paths as before. The rules themselves (docs/METHOD.md, "Samen werken") do not change.
struct SectionLanes {
    /// A conflict with the document its place is described in (`JSONPath.place`).
    struct Found {
        var clash: JSONMerge.Clash
        var document: JSONValue
    }

    private(set) var found: [Found] = []

    /// An array of entities, matched by id as `JSONMerge` matches them: what only one side changed is
    /// that side's, additions on both sides are kept, a removal against an untouched entity removes it;
    /// an entity both sides changed is merged field by field. `date` puts a dated list in date order, as
    /// `JSONMerge.inDateOrder` does for the same list as JSON.
    mutating func entities<T: Codable & Equatable & Identifiable>(
        _ b: [T], _ o: [T], _ t: [T], key: String, date: ((T) -> Day?)? = nil
    ) throws -> [T] where T.ID == UUID {
        if o == t { return o }
        if o == b { return t }
        if t == b { return o }
        func byID(_ list: [T]) -> [UUID: T] {
            Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let bm = byID(b), om = byID(o), tm = byID(t)
        // The side whose order comes first is chosen from the content (the ids in order), so swapping
        // the sides gives the same list; equal id lists give the same order either way.
        let (first, second) = Self.fingerprint(o) <= Self.fingerprint(t) ? (o, t) : (t, o)
        var seen = Set<UUID>()
        var result: [T] = []
        for id in (first + second + b).map(\.id) where seen.insert(id).inserted {
            let bv = bm[id], ov = om[id], tv = tm[id]
            let kept: T?
            if ov == tv {
                kept = ov
            } else if ov == bv {
                kept = tv
            } else if tv == bv {
                kept = ov
            } else {
                kept = try mergeAsJSON(bv, ov, tv, path: ["k:" + key, "i:" + id.uuidString]) { merged in
                    .object([key: .array(merged.map { [$0] } ?? [])])
                }
            }
            if let kept { result.append(kept) }
        }
        guard let date, result.allSatisfy({ date($0) != nil }) else { return result }
        return result.enumerated().sorted { x, y in
            let (a, b) = (date(x.element)!, date(y.element)!)
            return a != b ? a < b : x.offset < y.offset
        }.map(\.element)
    }

    /// One value (the networks, the instruments) that is taken whole when one side left it alone and
    /// merged as JSON under its key when both changed it.
    mutating func whole<T: Codable & Equatable>(_ b: T, _ o: T, _ t: T, key: String) throws -> T {
        if o == t { return o }
        if o == b { return t }
        if t == b { return o }
        return try mergeAsJSON(b, o, t, path: ["k:" + key]) { merged in
            .object([key: merged ?? .null])
        } ?? o
    }

    /// The three values as JSON, merged by `JSONMerge` at `path`, decoded back. The side order of this
    /// merge comes from the two sides' sorted encodings, as for a whole document.
    private mutating func mergeAsJSON<T: Codable>(
        _ b: T?, _ o: T?, _ t: T?, path: [String], document: (JSONValue?) -> JSONValue
    ) throws -> T? {
        let sorted = JSONEncoder()
        sorted.outputFormatting = .sortedKeys
        func json(_ value: T?) throws -> (value: JSONValue?, print: UInt64) {
            guard let value else { return (nil, 0) }
            let data = try sorted.encode(value)
            return (try JSONValue.parse(data), JSONMerge.fingerprint(data))
        }
        let bj = try json(b), oj = try json(o), tj = try json(t)
        var engine = JSONMerge(oursFirst: oj.print <= tj.print)
        let merged = engine.merge(bj.value, oj.value, tj.value, path: path)
        let place = document(merged)
        found += engine.clashes.map { Found(clash: $0, document: place) }
        return try merged.map { try $0.decoded(as: T.self) }
    }

    /// FNV-1a over the ids in order.
    static func fingerprint<T: Identifiable>(_ list: [T]) -> UInt64 where T.ID == UUID {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for item in list {
            withUnsafeBytes(of: item.id.uuid) { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
        }
        return hash
    }
}
