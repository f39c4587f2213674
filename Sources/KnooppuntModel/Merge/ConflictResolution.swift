import Foundation

extension Section {
    /// The section with one open conflict decided: `keepOther` puts the value that was not chosen in
    /// its place; otherwise the current value stays. Either way the conflict leaves the list. A path
    /// that no longer leads anywhere (the entity was removed since) just closes the conflict.
    public func resolving(_ conflictID: UUID, keepOther: Bool) -> Section {
        guard let conflict = conflicts.first(where: { $0.id == conflictID }) else { return self }
        var copy = self
        copy.conflicts.removeAll { $0.id == conflictID }
        guard keepOther,
            let document = try? JSONValue.of(copy),
            let other = try? JSONValue.parse(Data(conflict.other.utf8)),
            let changed = JSONPath.setting(other == .null ? nil : other, at: conflict.path, in: document),
            let decoded = try? changed.decoded(as: Section.self)
        else { return copy }
        return decoded
    }
}
