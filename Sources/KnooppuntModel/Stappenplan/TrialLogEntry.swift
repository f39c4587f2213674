import Foundation

/// One line of the trial log (step 8): on which day, who tried it, and what happened. Kept apart from
/// the experiences of step 9, which are what the section discussed afterwards.
public struct TrialLogEntry: Hashable, Sendable, Codable {
    public var date: Day
    public var people: [UUID]
    public var text: String

    public init(date: Day, people: [UUID] = [], text: String) {
        self.date = date
        self.people = people
        self.text = text
    }

    private enum CodingKeys: String, CodingKey { case date, people, text }

    /// Only the day is required; an entry without people or text (written by hand) still reads.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(Day.self, forKey: .date)
        people = try c.decodeIfPresent([UUID].self, forKey: .people) ?? []
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
    }
}
