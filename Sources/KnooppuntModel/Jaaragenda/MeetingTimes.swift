import Foundation

extension Section {
    /// When a meeting is held: its own times, else the section's usual ones, else 15:30-17:00. An end
    /// that does not come after the start (a typing slip in a file) is read as ninety minutes later.
    public func times(of meeting: Meeting) -> (start: ClockTime, end: ClockTime) {
        let start = meeting.start ?? usualStart ?? Meeting.usualStart
        let end = meeting.end ?? usualEnd ?? Meeting.usualEnd
        if end > start { return (start, end) }
        let minutes = min(start.minutesSinceMidnight + 90, 23 * 60 + 59)
        return (start, ClockTime(clampingHour: minutes / 60, minute: minutes % 60))
    }
}
