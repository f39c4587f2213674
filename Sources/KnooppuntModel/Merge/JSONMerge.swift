import Foundation

/// The three-way merge of two JSON documents that grew from one base. Objects merge key by key;
/// arrays of entities (objects with an "id") merge entity by entity, matched by id; other arrays are
/// sets (a tie, a person in a list, a dated record without id); texts with line breaks merge line by
/// line. What both sides changed differently becomes a conflict that keeps both values.
struct JSONMerge {
    struct Clash {
        var path: [String]
        var current: JSONValue?
        var other: JSONValue?
    }

    private(set) var clashes: [Clash] = []
    /// Which side's order comes first for additions and ordering; chosen from the content, so that
    /// swapping the sides gives the same document.
    let oursFirst: Bool

    /// The side order from fingerprints of a sorted-key encoding of each side.
    init(oursFirst: Bool) {
        self.oursFirst = oursFirst
    }

    mutating func merge(_ b: JSONValue?, _ o: JSONValue?, _ t: JSONValue?, path: [String]) -> JSONValue? {
        if o == t { return o }
        if o == b { return t }
        if t == b { return o }
        switch (o, t) {
        case (.object(let oo)?, .object(let to)?):
            let bo = b?.objectValue
            var result: [String: JSONValue] = [:]
            let keys = Set(oo.keys).union(to.keys).union(bo.map { Array($0.keys) } ?? [])
            for key in keys.sorted() {
                if let v = merge(bo?[key], oo[key], to[key], path: path + ["k:" + key]) { result[key] = v }
            }
            return .object(result)
        case (.array(let oa)?, .array(let ta)?):
            var ba: [JSONValue]? = nil
            if case .array(let a)? = b { ba = a }
            return .array(mergeArrays(ba, oa, ta, path: path))
        case (.string(let os)?, .string(let ts)?):
            if let bs = b?.stringValue, (bs + os + ts).contains("\n"),
                let merged = LineMerge.merge(base: bs, ours: os, theirs: ts)
            {
                return .string(merged)
            }
        default:
            break
        }
        // Both changed it differently. A removal against an edit keeps the edit current, so nothing
        // written is lost; otherwise our value stays and theirs is kept beside it.
        if o == nil {
            clashes.append(Clash(path: path, current: t, other: nil))
            return t
        }
        clashes.append(Clash(path: path, current: o, other: t))
        return o
    }

    private mutating func mergeArrays(
        _ b: [JSONValue]?, _ o: [JSONValue], _ t: [JSONValue], path: [String]
    ) -> [JSONValue] {
        let all = (b ?? []) + o + t
        let result: [JSONValue]
        if !all.isEmpty, all.allSatisfy({ $0.entityID != nil }) {
            result = mergeEntities(b ?? [], o, t, path: path)
        } else {
            result = mergeSets(b ?? [], o, t)
        }
        return Self.inDateOrder(result)
    }

    /// Entities matched by id: each merged field by field; added on either side, kept; removed on one
    /// side and untouched on the other, removed; removed against an edit, a conflict.
    private mutating func mergeEntities(
        _ b: [JSONValue], _ o: [JSONValue], _ t: [JSONValue], path: [String]
    ) -> [JSONValue] {
        func byID(_ list: [JSONValue]) -> [String: JSONValue] {
            Dictionary(
                list.compactMap { v in v.entityID.map { ($0, v) } }, uniquingKeysWith: { first, _ in first })
        }
        let bm = byID(b), om = byID(o), tm = byID(t)
        let (first, second) = oursFirst ? (o, t) : (t, o)
        var order: [String] = []
        var seen = Set<String>()
        for v in first + second + b {
            if let id = v.entityID, seen.insert(id).inserted { order.append(id) }
        }
        var result: [JSONValue] = []
        for id in order {
            if let v = merge(bm[id], om[id], tm[id], path: path + ["i:" + id]) { result.append(v) }
        }
        return result
    }

    /// Values without identity as sets: kept when either side has them and neither removed them.
    private func mergeSets(_ b: [JSONValue], _ o: [JSONValue], _ t: [JSONValue]) -> [JSONValue] {
        let base = Set(b), ours = Set(o), theirs = Set(t)
        func kept(_ v: JSONValue) -> Bool {
            !(base.contains(v) && (!ours.contains(v) || !theirs.contains(v)))
        }
        let (first, second) = oursFirst ? (o, t) : (t, o)
        var result: [JSONValue] = []
        var seen = Set<JSONValue>()
        for v in first + second where kept(v) && seen.insert(v).inserted { result.append(v) }
        return result
    }

    /// Dated records (history, experiences, measurements, meetings) read in date order after a merge.
    static func inDateOrder(_ list: [JSONValue]) -> [JSONValue] {
        guard !list.isEmpty, list.allSatisfy({ $0.objectValue?["date"] != nil }) else { return list }
        let keyed = list.enumerated().map {
            (index: $0.offset, date: $0.element.objectValue?["date"]?.stringValue, value: $0.element)
        }
        return keyed.sorted { a, b in
            switch (a.date, b.date) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.index < b.index
            }
        }.map(\.value)
    }

    /// FNV-1a: stable across runs and machines.
    static func fingerprint(_ text: String) -> UInt64 { fingerprint(Data(text.utf8)) }

    static func fingerprint(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
