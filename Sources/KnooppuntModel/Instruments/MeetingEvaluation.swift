import Foundation

/// The short round at the end of a meeting: what went well and what we do better next time. It is
/// the group's shared answer, not one member's, so it is kept with the meeting's id and shown at the
/// top of the next meeting.
public struct MeetingEvaluation: Hashable, Sendable, Codable {
    public var meetingID: UUID
    @Defaulted public var wentWell: String
    @Defaulted public var doBetter: String

    public init(meetingID: UUID, wentWell: String = "", doBetter: String = "") {
        (self.meetingID, self.wentWell, self.doBetter) = (meetingID, wentWell, doBetter)
    }

    public var isEmpty: Bool {
        wentWell.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && doBetter.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
