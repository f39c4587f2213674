import Foundation

/// A named group a member keeps in mind while scoring the thermometer (the section, a working group,
/// a project team), with its rounds. The empty name is the whole section, so a section that never
/// named a group still has one place for its rounds.
public struct ThermometerGroup: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    @Defaulted public var name: String
    @Defaulted public var rounds: [ThermometerRound]

    public init(id: UUID = UUID(), name: String = "", rounds: [ThermometerRound] = []) {
        (self.id, self.name, self.rounds) = (id, name, rounds)
    }

    public var isWholeSection: Bool { name.isEmpty }

    /// Rounds oldest first, the order in which changes are read.
    public var roundsByDate: [ThermometerRound] { rounds.sorted { $0.date < $1.date } }

    public func round(on day: Day) -> ThermometerRound? { rounds.first { $0.date == day } }

    /// Does `query` name this group? Case, accents and IJ do not matter; an empty query is the whole
    /// section.
    public func isNamed(_ query: String) -> Bool {
        PersonLookup.fold(name.trimmingCharacters(in: .whitespaces))
            == PersonLookup.fold(query.trimmingCharacters(in: .whitespaces))
    }
}
