import Foundation

/// Meetings are numbered in the order they take place: "overleg 3" is the third meeting of the year,
/// whatever order they were entered in. Items and tasks refer to a meeting by id, so they follow their
/// meeting when its number changes.
public enum MeetingOrder {
    /// The meetings sorted by date and numbered 1, 2, 3, … Undated meetings come after the dated ones,
    /// in the order of their old numbers (a meeting without a date is one still to be planned).
    public static func renumbered(_ meetings: [Meeting]) -> [Meeting] {
        let sorted = meetings.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return (a.element.number, a.offset) < (b.element.number, b.offset)
            }
        }.map(\.element)
        return sorted.enumerated().map { index, meeting in
            var renumbered = meeting
            renumbered.number = index + 1
            return renumbered
        }
    }
}

extension Section {
    /// The section with its meetings in date order and numbered from 1.
    public func renumberingMeetings() -> Section {
        var result = self
        result.meetings = MeetingOrder.renumbered(meetings)
        return result
    }
}
