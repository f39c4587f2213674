// STUB: the front-end issue defines the messages that carry effect results back into `update`.
public enum AppMessage: Hashable, Sendable {
    case none
}
