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
    /// The people recorded as present; empty until someone records attendance.
    public var attendance: [UUID]

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

    private enum CodingKeys: String, CodingKey { case id, number, date, place, note, start, end, attendance }

    /// Files written before meetings had times and attendance lack those fields; they read as "the usual
    /// times" and "not recorded".
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        number = try c.decode(Int.self, forKey: .number)
        date = try c.decodeIfPresent(Day.self, forKey: .date)
        place = try c.decode(String.self, forKey: .place)
        note = try c.decode(String.self, forKey: .note)
        start = try c.decodeIfPresent(ClockTime.self, forKey: .start)
        end = try c.decodeIfPresent(ClockTime.self, forKey: .end)
        attendance = try c.decodeIfPresent([UUID].self, forKey: .attendance) ?? []
    }

    /// The new fields are written only when set, so a file without them stays byte for byte the same.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encode(place, forKey: .place)
        try c.encode(note, forKey: .note)
        try c.encodeIfPresent(start, forKey: .start)
        try c.encodeIfPresent(end, forKey: .end)
        if !attendance.isEmpty { try c.encode(attendance, forKey: .attendance) }
    }
}
