import Foundation

/// A section meeting (sectieoverleg), one row of the jaaragenda.
public struct Meeting: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    /// 1-based: "overleg 1", "overleg 2", ...
    public var number: Int
    public var date: Day?
    public var place: String
    public var note: String

    public init(id: UUID = UUID(), number: Int, date: Day? = nil, place: String = "", note: String = "") {
        self.id = id
        self.number = number
        self.date = date
        self.place = place
        self.note = note
    }
}
