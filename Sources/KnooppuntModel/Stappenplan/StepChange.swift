/// One move in the stappenplan, kept for ever: the history explains why an initiative is where it is.
public struct StepChange: Hashable, Sendable, Codable {
    public var from: Stage
    public var to: Stage
    public var date: Day
    public var note: String

    public init(from: Stage, to: Stage, date: Day, note: String = "") {
        (self.from, self.to, self.date, self.note) = (from, to, date, note)
    }
}
