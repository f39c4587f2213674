/// What changed between two measurements of the same network (docs/METHOD.md: "a repeat measurement a year
/// later shows what changed"). People are matched by name, because a later measurement may add or
/// lose people and so renumber the nodes.
public struct MetricsComparison: Hashable, Sendable {
    /// One person whose role is different in the second measurement.
    public struct RoleChange: Hashable, Sendable {
        public var name: String
        public var before: ActorRole
        public var after: ActorRole
    }

    /// after − before.
    public var densityChange: Double
    /// after − before.
    public var reciprocityChange: Double
    /// after − before.
    public var tieChange: Int
    /// Isolated in the second measurement and not in the first (including people new and isolated).
    public var newIsolates: [String]
    /// Isolated before, no longer isolated after.
    public var noLongerIsolated: [String]
    /// People in both measurements whose role changed, in the order of the second measurement.
    public var roleChanges: [RoleChange]
    /// People only in the second / only in the first measurement.
    public var joined: [String]
    public var left: [String]

    public init(before: NetworkMetrics, after: NetworkMetrics) {
        densityChange = after.density - before.density
        reciprocityChange = after.reciprocity - before.reciprocity
        tieChange = after.ties - before.ties
        var roleBefore = [String: ActorRole]()
        for (i, name) in before.names.enumerated() where i < before.roles.count {
            roleBefore[name] = before.roles[i]
        }
        let afterNames = Set(after.names)
        var newIsolates: [String] = []
        var roleChanges: [RoleChange] = []
        var joined: [String] = []
        for (i, name) in after.names.enumerated() where i < after.roles.count {
            let now = after.roles[i]
            guard let was = roleBefore[name] else {
                joined.append(name)
                if now == .isolated { newIsolates.append(name) }
                continue
            }
            if now == .isolated && was != .isolated { newIsolates.append(name) }
            if now != was { roleChanges.append(RoleChange(name: name, before: was, after: now)) }
        }
        var roleAfter = [String: ActorRole]()
        for (i, name) in after.names.enumerated() where i < after.roles.count {
            roleAfter[name] = after.roles[i]
        }
        self.newIsolates = newIsolates
        self.roleChanges = roleChanges
        self.joined = joined
        self.left = before.names.filter { !afterNames.contains($0) }
        self.noLongerIsolated = before.names.enumerated().compactMap { i, name in
            guard i < before.roles.count, before.roles[i] == .isolated, let now = roleAfter[name],
                now != .isolated
            else { return nil }
            return name
        }
    }
}
