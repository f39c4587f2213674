import Foundation

/// One person's long list of contacts (docs/METHOD.md, Groslijst): the cheap first step before an
/// ecogram. It lives in the section beside that person's ecogram (see DECISIONS.md, "The groslijst
/// lives in the section"); its negative marks and notes are sensitive.
public struct Groslijst: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    /// Whose list it is: one of the section's people.
    public var ownerID: UUID
    @Defaulted public var entries: [GroslijstEntry]

    public init(id: UUID = UUID(), ownerID: UUID, entries: [GroslijstEntry] = []) {
        (self.id, self.ownerID, self.entries) = (id, ownerID, entries)
    }

    /// Present contacts first, then the wished-for ones, each in the order they were written.
    public var entriesInOrder: [GroslijstEntry] {
        entries.filter { !$0.wished } + entries.filter(\.wished)
    }

    public var wished: [GroslijstEntry] { entries.filter(\.wished) }

    /// True when the list already has a contact for `personID`, or by this name when not a person.
    public func contains(personID: UUID?, name: String) -> Bool {
        if let personID { return entries.contains { $0.personID == personID } }
        let key = NameKey(name)
        return entries.contains { $0.personID == nil && NameKey($0.name) == key }
    }
}
