import Foundation

/// One line of the trial log (step 8): on which day, who tried it, and what happened. Kept apart from
/// the experiences of step 9, which are what the section discussed afterwards.
public struct TrialLogEntry: Hashable, Sendable, Codable {
    public var date: Day
    // Only the day is required; an entry without people or text (written by hand) still reads.
    @Defaulted public var people: [UUID]
    @Defaulted public var text: String

    public init(date: Day, people: [UUID] = [], text: String) {
        (self.date, self.people, self.text) = (date, people, text)
    }
}
