/// A key of a screen as one value: the keys as the help overlay shows them, what they do, and, when the
/// key belongs on the status line, its short entry there. The help overlay and the status line are both
/// drawn from a screen's bindings, so they cannot tell different stories.
public struct KeyBinding: Hashable, Sendable {
    public var keys: String
    /// The help overlay's line; empty for a shell key that a screen only repeats on its status line.
    public var action: String
    public var status: StatusEntry?

    /// The status line's short form of a binding, and its place there (lowest first).
    public struct StatusEntry: Hashable, Sendable {
        public var keys: String
        public var label: String
        public var rank: Int
    }

    public init(
        _ keys: String, _ action: String, status label: String? = nil, keys statusKeys: String? = nil,
        rank: Int = 0
    ) {
        self.keys = keys
        self.action = action
        self.status = label.map { StatusEntry(keys: statusKeys ?? keys, label: $0, rank: rank) }
    }

    /// A shell key (undo, help, quit) shown on this screen's status line; its help is the shell's.
    public static func statusOnly(_ keys: String, _ label: String, rank: Int) -> KeyBinding {
        var b = KeyBinding(keys, "")
        b.status = StatusEntry(keys: keys, label: label, rank: rank)
        return b
    }

    public var inHelp: Bool { !action.isEmpty }
}

extension Array where Element == KeyBinding {
    /// The help overlay's lines.
    var help: [KeyBinding] { filter(\.inHelp) }
    /// The status line's entries in their order, as bindings of their short keys and label.
    var statusLine: [KeyBinding] {
        compactMap(\.status).sorted { $0.rank < $1.rank }.map { KeyBinding($0.keys, $0.label) }
    }
}
