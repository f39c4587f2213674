import Foundation

/// A subject section (vaksectie): its people, initiatives, meetings, jaaragenda and networks.
/// One section is one JSON file in the data directory (see `SectionStore`).
public struct Section: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    // Only the id and the name are required. Every collection and every text besides them may be
    // missing and reads as empty: a file from before a collection existed, or written by hand, still
    // opens, and a new collection needs no migration step. What is empty or unset (no open conflicts,
    // no usual times, no instrument answers) is left out, so a section that never used them keeps the
    // file it had.
    @Defaulted public var school: String
    /// "2026-2027"
    @Defaulted public var schoolYear: String
    @Defaulted public var people: [Person]
    @Defaulted public var initiatives: [Initiative]
    @Defaulted public var meetings: [Meeting]
    @Defaulted public var agenda: [AgendaItem]
    @Defaulted public var routineTasks: [RoutineTask]
    @Defaulted public var networks: Networks
    /// What a merge could not decide alone, waiting for a person (see `SectionMerge`).
    @OmittedWhenEmpty public var conflicts: [MergeConflict] = []
    /// The section's usual meeting times; nil means 15:30-17:00 (`Meeting.usualStart`, `usualEnd`). A
    /// meeting may have its own. Optional, so files from before read as "not set".
    public var usualStart: ClockTime?
    public var usualEnd: ClockTime?
    /// Thermometer, dimensieraamwerk, meeting evaluations, interventions: answers without names.
    @OmittedWhenEmpty public var instruments: Instruments

    public init(
        id: UUID = UUID(), name: String, school: String = "", schoolYear: String = "",
        people: [Person] = [], initiatives: [Initiative] = [], meetings: [Meeting] = [],
        agenda: [AgendaItem] = [], routineTasks: [RoutineTask] = [], networks: Networks = Networks(),
        instruments: Instruments = .fileDefault
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
