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
    /// The section's usual meeting times; nil means 15:30-17:00 (`Meeting.usualStart`, `usualEnd`). A
    /// meeting may have its own. Optional, so files from before read as "not set".
    public var usualStart: ClockTime?
    public var usualEnd: ClockTime?

    public init(
        id: UUID = UUID(), name: String, school: String = "", schoolYear: String = "",
        people: [Person] = [], initiatives: [Initiative] = [], meetings: [Meeting] = [],
        agenda: [AgendaItem] = [], routineTasks: [RoutineTask] = [], networks: Networks = Networks()
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
    }

    public func person(_ id: UUID) -> Person? { people.first { $0.id == id } }
    public func initiative(_ id: UUID) -> Initiative? { initiatives.first { $0.id == id } }
    public func meeting(_ id: UUID) -> Meeting? { meetings.first { $0.id == id } }
    public func meeting(number: Int) -> Meeting? { meetings.first { $0.number == number } }
}
