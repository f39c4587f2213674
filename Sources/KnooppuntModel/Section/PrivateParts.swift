import Foundation

/// What of a section only the machine that wrote it may read (docs/METHOD.md, "Privacy"): the private notes about
/// people, ecograms and their contacts, network analyses and sociograms, and the measurements of a
/// sociogram marked as the coach's own. A section in memory holds them in place, so every screen reads
/// them as before; the store takes them out of the shared file and into `PrivateFile` at each save and
/// puts them back at each load (`Section.splitPrivate`, `Section.withPrivate`).
public struct PrivateParts: Hashable, Sendable, Codable {
    public var people: [UUID: String] = [:]
    public var ecograms: [UUID: String] = [:]
    /// Ecogram contacts, by contact id (contact ids are unique across ecograms).
    public var contacts: [UUID: String] = [:]
    public var analyses: [UUID: String] = [:]
    public var sociograms: [UUID: String] = [:]
    /// The measurements of each coach's own sociogram, by sociogram id.
    public var measurements: [UUID: [SociogramMeasurement]] = [:]

    /// None of anything; the store fills one part by part (`Section.splitPrivate`).
    public init() {}

    public var isEmpty: Bool {
        people.isEmpty && ecograms.isEmpty && contacts.isEmpty && analyses.isEmpty && sociograms.isEmpty
            && measurements.isEmpty
    }

    /// Every note, for a test or a check that none of them is in a shared file.
    public var notes: [String] {
        [people, ecograms, contacts, analyses, sociograms].flatMap(\.values)
    }

    private enum CodingKeys: String, CodingKey {
        case people, ecograms, contacts, analyses, sociograms, measurements
    }

    /// Each list may be missing and reads as empty, so a later kind of private part needs no migration.
    /// Keys are written as ids in text (a dictionary keyed by UUID would be encoded as a flat array).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read<V: Decodable>(_ key: CodingKeys) throws -> [UUID: V] {
            try Self.byID(c.decodeIfPresent([String: V].self, forKey: key) ?? [:])
        }
        people = try read(.people)
        ecograms = try read(.ecograms)
        contacts = try read(.contacts)
        analyses = try read(.analyses)
        sociograms = try read(.sociograms)
        measurements = try read(.measurements)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func write<V: Encodable>(_ values: [UUID: V], _ key: CodingKeys) throws {
            if !values.isEmpty { try c.encode(Self.byText(values), forKey: key) }
        }
        try write(people, .people)
        try write(ecograms, .ecograms)
        try write(contacts, .contacts)
        try write(analyses, .analyses)
        try write(sociograms, .sociograms)
        try write(measurements, .measurements)
    }

    static func byText<V>(_ values: [UUID: V]) -> [String: V] {
        Dictionary(uniqueKeysWithValues: values.map { ($0.key.uuidString, $0.value) })
    }

    /// Keys that are no id are dropped: nothing in a section could be found by them.
    static func byID<V>(_ values: [String: V]) -> [UUID: V] {
        var out: [UUID: V] = [:]
        for (key, value) in values { if let id = UUID(uuidString: key) { out[id] = value } }
        return out
    }
}

extension Section {
    /// The section as the shared file holds it (every private note empty, a coach's own sociogram
    /// without measurements) and what was taken out.
    public func splitPrivate() -> (shared: Section, parts: PrivateParts) {
        var shared = self
        var parts = PrivateParts()
        func take(_ note: inout String, _ id: UUID, _ into: inout [UUID: String]) {
            if !note.isEmpty { into[id] = note }
            note = ""
        }
        for i in shared.people.indices {
            take(&shared.people[i].privateNote, shared.people[i].id, &parts.people)
        }
        for e in shared.networks.ecograms.indices {
            take(&shared.networks.ecograms[e].privateNote, shared.networks.ecograms[e].id, &parts.ecograms)
            for c in shared.networks.ecograms[e].contacts.indices {
                let id = shared.networks.ecograms[e].contacts[c].id
                take(&shared.networks.ecograms[e].contacts[c].privateNote, id, &parts.contacts)
            }
        }
        for a in shared.networks.analyses.indices {
            take(&shared.networks.analyses[a].privateNote, shared.networks.analyses[a].id, &parts.analyses)
        }
        for s in shared.networks.sociograms.indices {
            let id = shared.networks.sociograms[s].id
            take(&shared.networks.sociograms[s].privateNote, id, &parts.sociograms)
            if shared.networks.sociograms[s].coachOwn {
                if !shared.networks.sociograms[s].measurements.isEmpty {
                    parts.measurements[id] = shared.networks.sociograms[s].measurements
                }
                shared.networks.sociograms[s].measurements = []
            }
        }
        return (shared, parts)
    }

    /// Only what the shared file may hold.
    public var withoutPrivate: Section { splitPrivate().shared }

    /// The section with `parts` put back. A note still in the section itself (a file written before
    /// notes moved out, or by an older knooppunt) is kept beside the private one, never dropped; the
    /// next save moves it out. Parts of what the section no longer has (a removed person) are ignored.
    public func withPrivate(_ parts: PrivateParts) -> Section {
        guard !parts.isEmpty else { return self }
        var s = self
        func put(_ note: inout String, _ kept: String?) {
            guard let kept, !kept.isEmpty else { return }
            if note.isEmpty || note == kept {
                note = kept
            } else if !kept.contains(note) {
                note = kept + "\n" + note
            } else {
                note = kept
            }
        }
        for i in s.people.indices { put(&s.people[i].privateNote, parts.people[s.people[i].id]) }
        for e in s.networks.ecograms.indices {
            put(&s.networks.ecograms[e].privateNote, parts.ecograms[s.networks.ecograms[e].id])
            for c in s.networks.ecograms[e].contacts.indices {
                let id = s.networks.ecograms[e].contacts[c].id
                put(&s.networks.ecograms[e].contacts[c].privateNote, parts.contacts[id])
            }
        }
        for a in s.networks.analyses.indices {
            put(&s.networks.analyses[a].privateNote, parts.analyses[s.networks.analyses[a].id])
        }
        for i in s.networks.sociograms.indices {
            let id = s.networks.sociograms[i].id
            put(&s.networks.sociograms[i].privateNote, parts.sociograms[id])
            guard let kept = parts.measurements[id] else { continue }
            // Private measurements keep the sociogram the coach's own even when a colleague's copy
            // dropped the mark: unmarking is the coach's decision, made on the coach's machine.
            s.networks.sociograms[i].coachOwn = true
            // Measurements still in the file (from before the mark) stay beside the private ones.
            let known = Set(kept.map(\.id))
            let extra = s.networks.sociograms[i].measurements.filter { !known.contains($0.id) }
            s.networks.sociograms[i].measurements = kept
            for m in extra { s.networks.sociograms[i].insert(m) }
        }
        return s
    }
}
