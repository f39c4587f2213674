import Foundation

/// A time of day on the school's clock ("15:30"), without a date or a time zone: meetings are held at
/// the school, so their times are read in the school's own zone wherever the file is opened.
public struct ClockTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// A time from trusted figures, clamped into the day (for constants and arithmetic, never for input).
    public init(clampingHour hour: Int, minute: Int) {
        self.hour = min(max(hour, 0), 23)
        self.minute = min(max(minute, 0), 59)
    }

    /// Parses "15:30" or "9:05"; nil for anything else.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(
            separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(hour: h, minute: m)
    }

    /// A start and end as people type them: "15:30-17:00", "15.30 – 17.00", "9:00-10:30". Nil unless
    /// both are times and the end comes after the start.
    public static func span(typed text: String) -> (start: ClockTime, end: ClockTime)? {
        let parts = text.replacingOccurrences(of: ".", with: ":")
            .split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
        guard parts.count == 2, let start = ClockTime(String(parts[0])),
            let end = ClockTime(String(parts[1])),
            start < end
        else { return nil }
        return (start, end)
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public var description: String { String(format: "%02d:%02d", hour, minute) }

    public static func < (a: ClockTime, b: ClockTime) -> Bool {
        a.minutesSinceMidnight < b.minutesSinceMidnight
    }

}

extension ClockTime: WrittenAsText {
    public init?(fileText text: String, decoder: Decoder) { self.init(text) }
    public static var expectedInFile: String { "a time HH:MM" }
}
