import Foundation

/// The whole network of a team around a few questions (docs/METHOD.md, Sociogram). Lists and the saved
/// layout may be missing and read as empty, as in `Section`; the coach's mark is written only when set,
/// so files of shared sociograms keep their bytes.
public struct Sociogram: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    /// Section people taking part, by Person id; attributes for subgroups come from Person.attributes.
    @Defaulted public var personIDs: [UUID]
    @Defaulted public var outsiders: [SociogramOutsider]
    @Defaulted public var topics: [SociogramTopic]
    /// Oldest first.
    @Defaulted public var measurements: [SociogramMeasurement]
    @Defaulted public var layout: SavedLayout
    public var privateNote: String
    /// The coach's own sociogram (one they drew for themselves, not the section's): its measurements
    /// never go into the shared file but into this machine's private file (`PrivateParts`). The mark
    /// itself is shared, so a colleague sees the sociogram exists and why it shows no answers.
    @OmittedWhenEmpty public var coachOwn: Bool

    public init(
        id: UUID = UUID(), name: String, personIDs: [UUID] = [], outsiders: [SociogramOutsider] = [],
        topics: [SociogramTopic] = [], measurements: [SociogramMeasurement] = [],
        layout: SavedLayout = SavedLayout(), privateNote: String = "", coachOwn: Bool = false
    ) {
        self.id = id
        self.name = name
        self.personIDs = personIDs
        self.outsiders = outsiders
        self.topics = topics
        self.measurements = measurements
        self.layout = layout
        self.privateNote = privateNote
        self.coachOwn = coachOwn
    }

    /// Every node id: section people first, then outsiders.
    public var memberIDs: [UUID] { personIDs + outsiders.map(\.id) }

    public func topic(named name: String) -> SociogramTopic? {
        let key = NameKey(name)
        return topics.first { NameKey($0.name) == key }
    }

    /// The name of a member: the section person's name, an outsider's, or "?" for a stale id.
    public func memberName(_ id: UUID, in section: Section) -> String {
        section.person(id)?.name ?? outsiders.first { $0.id == id }?.name ?? "?"
    }

    /// Attributes of a member, for subgroup analysis.
    public func attributes(of id: UUID, in section: Section) -> [String: String] {
        section.person(id)?.attributes ?? outsiders.first { $0.id == id }?.attributes ?? [:]
    }

    public var latestMeasurementIndex: Int? { measurements.indices.last }

    /// Puts a measurement in date order (after those of the same date) and returns where it went, so
    /// that "the previous measurement" is always the earlier one.
    @discardableResult
    public mutating func insert(_ measurement: SociogramMeasurement) -> Int {
        let at = measurements.firstIndex { $0.date > measurement.date } ?? measurements.count
        measurements.insert(measurement, at: at)
        return at
    }

    /// Gives a measurement another date and moves it to its place in date order; its new index, nil when
    /// there is no such measurement.
    @discardableResult
    public mutating func redate(_ id: UUID, to day: Day) -> Int? {
        guard let i = measurements.firstIndex(where: { $0.id == id }) else { return nil }
        var measurement = measurements.remove(at: i)
        measurement.date = day
        return insert(measurement)
    }

    /// A new measurement on `day` holding a copy of the ties of the measurement before it (the latest one
    /// on or before that day), for a repeat where most answers stay the same; empty when there is none.
    public func copyOfPrevious(on day: Day) -> SociogramMeasurement {
        let previous = measurements.last { $0.date <= day }
        return SociogramMeasurement(date: day, choices: previous?.choices ?? [])
    }

    /// Removes a member with all their choices (to and from) and saved position.
    public mutating func removeMember(_ id: UUID) {
        personIDs.removeAll { $0 == id }
        outsiders.removeAll { $0.id == id }
        for m in measurements.indices { measurements[m].choices.removeAll { $0.from == id || $0.to == id } }
        layout = layout.removing(id)
    }
}
