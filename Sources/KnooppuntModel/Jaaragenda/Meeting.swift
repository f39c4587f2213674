import Foundation

/// A section meeting (sectieoverleg), one row of the jaaragenda.
public struct Meeting: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    /// 1-based: "overleg 1", "overleg 2", ...
    public var number: Int
    public var date: Day?
    public var place: String
    public var note: String
    /// Own start and end times; nil means the section's usual times (`Section.times(of:)`).
    public var start: ClockTime?
    public var end: ClockTime?
    /// The people recorded as present; empty until someone records attendance. Files written before
    /// meetings had times and attendance lack those fields; they read as "the usual times" and "not
    /// recorded", and are written only when set, so a file without them stays byte for byte the same.
    @OmittedWhenEmpty public var attendance: [UUID]

    /// The times most sections meet after the last lesson, for a section that set no usual times.
    public static let usualStart = ClockTime(clampingHour: 15, minute: 30)
    public static let usualEnd = ClockTime(clampingHour: 17, minute: 0)

    public init(
        id: UUID = UUID(), number: Int, date: Day? = nil, place: String = "", note: String = "",
        start: ClockTime? = nil, end: ClockTime? = nil, attendance: [UUID] = []
    ) {
        self.id = id
        self.number = number
        self.date = date
        self.place = place
        self.note = note
        self.start = start
        self.end = end
        self.attendance = attendance
    }
}
