/// An experience from trying the approach in class (step 9).
public struct Experience: Hashable, Sendable, Codable {
    public var date: Day
    public var text: String

    public init(date: Day, text: String) { (self.date, self.text) = (date, text) }
}
