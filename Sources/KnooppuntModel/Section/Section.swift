import Foundation

/// A subject section (vaksectie): its people, initiatives, meetings, jaaragenda and networks.
/// One section is one JSON file in the data directory (see `SectionStore`).
public struct Section: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    public var school: String
    /// "2026-2027"
    public var schoolYear: String
    public var people: [Person]
    public var initiatives: [Initiative]
    public var meetings: [Meeting]
    public var agenda: [AgendaItem]
    public var routineTasks: [RoutineTask]
    public var networks: Networks
    /// What a merge could not decide alone, waiting for a person (see `SectionMerge`).
    public var conflicts: [MergeConflict] = []
    /// The section's usual meeting times; nil means 15:30-17:00 (`Meeting.usualStart`, `usualEnd`). A
    /// meeting may have its own. Optional, so files from before read as "not set".
    public var usualStart: ClockTime?
    public var usualEnd: ClockTime?
    /// Thermometer, dimensieraamwerk, meeting evaluations, interventions: answers without names.
    public var instruments: Instruments

    public init(
        id: UUID = UUID(), name: String, school: String = "", schoolYear: String = "",
        people: [Person] = [], initiatives: [Initiative] = [], meetings: [Meeting] = [],
        agenda: [AgendaItem] = [], routineTasks: [RoutineTask] = [], networks: Networks = Networks(),
        instruments: Instruments = Instruments()
    ) {
        self.id = id
        self.name = name
        self.school = school
        self.schoolYear = schoolYear
        self.people = people
        self.initiatives = initiatives
        self.meetings = meetings
        self.agenda = agenda
        self.routineTasks = routineTasks
        self.networks = networks
        self.instruments = instruments
    }

    public func person(_ id: UUID) -> Person? { people.first { $0.id == id } }
    public func initiative(_ id: UUID) -> Initiative? { initiatives.first { $0.id == id } }
    public func meeting(_ id: UUID) -> Meeting? { meetings.first { $0.id == id } }
    public func meeting(number: Int) -> Meeting? { meetings.first { $0.number == number } }
}

extension Section {
    enum CodingKeys: String, CodingKey {
        case id, name, school, schoolYear, people, initiatives, meetings, agenda, routineTasks, networks
        case conflicts, usualStart, usualEnd, instruments
    }

    /// Only the id and the name are required. Every collection and every text besides them may be
    /// missing and reads as empty: a file from before a collection existed, or written by hand, still
    /// opens, and a new collection needs no migration step.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(UUID.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            school: try c.decodeIfPresent(String.self, forKey: .school) ?? "",
            schoolYear: try c.decodeIfPresent(String.self, forKey: .schoolYear) ?? "",
            people: try c.decodeIfPresent([Person].self, forKey: .people) ?? [],
            initiatives: try c.decodeIfPresent([Initiative].self, forKey: .initiatives) ?? [],
            meetings: try c.decodeIfPresent([Meeting].self, forKey: .meetings) ?? [],
            agenda: try c.decodeIfPresent([AgendaItem].self, forKey: .agenda) ?? [],
            routineTasks: try c.decodeIfPresent([RoutineTask].self, forKey: .routineTasks) ?? [],
            networks: try c.decodeIfPresent(Networks.self, forKey: .networks) ?? Networks(),
            instruments: try c.decodeIfPresent(Instruments.self, forKey: .instruments) ?? Instruments())
        conflicts = try c.decodeIfPresent([MergeConflict].self, forKey: .conflicts) ?? []
        usualStart = try c.decodeIfPresent(ClockTime.self, forKey: .usualStart)
        usualEnd = try c.decodeIfPresent(ClockTime.self, forKey: .usualEnd)
    }

    /// Written as read: what is empty or unset (no open conflicts, no usual times, no instrument
    /// answers) is left out, so a section that never used them keeps the file it had.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(school, forKey: .school)
        try c.encode(schoolYear, forKey: .schoolYear)
        try c.encode(people, forKey: .people)
        try c.encode(initiatives, forKey: .initiatives)
        try c.encode(meetings, forKey: .meetings)
        try c.encode(agenda, forKey: .agenda)
        try c.encode(routineTasks, forKey: .routineTasks)
        try c.encode(networks, forKey: .networks)
        if !conflicts.isEmpty { try c.encode(conflicts, forKey: .conflicts) }
        try c.encodeIfPresent(usualStart, forKey: .usualStart)
        try c.encodeIfPresent(usualEnd, forKey: .usualEnd)
        if !instruments.isEmpty { try c.encode(instruments, forKey: .instruments) }
    }
}
