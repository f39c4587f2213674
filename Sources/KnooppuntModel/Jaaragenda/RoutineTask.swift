import Foundation

/// Regelwerk tussendoor: routine work a small group arranges between meetings.
public struct RoutineTask: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var text: String
    public var ownerID: UUID?
    public var due: Day?
    public var done: Bool
    /// The meeting it belongs to on the jaaragenda, if placed.
    public var meetingID: UUID?
    /// The meeting that decided it (an action point in a meeting note), so its minutes list it. Files
    /// from before lack the field, which reads as nil.
    public var decidedAt: UUID?
    /// What was said about it in a meeting (annotated in meeting mode); nil in files from before.
    public var note: String?

    public init(
        id: UUID = UUID(), text: String, ownerID: UUID? = nil, due: Day? = nil, done: Bool = false,
        meetingID: UUID? = nil, decidedAt: UUID? = nil, note: String? = nil
    ) {
        self.id = id
        self.text = text
        self.ownerID = ownerID
        self.due = due
        self.done = done
        self.meetingID = meetingID
        self.decidedAt = decidedAt
        self.note = note
    }

    public func isOverdue(on today: Day) -> Bool {
        guard let due, !done else { return false }
        return due < today
    }
}
