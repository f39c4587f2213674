import Foundation

/// A colleague or contact. Identified by a stable UUID, never by name, so renaming keeps every link.
public struct Person: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    public var initials: String
    /// Subject or role ("Engels", "teamleider", "stagiair").
    public var role: String
    public var area: Area
    /// Free attributes for subgroup analysis, e.g. "bouw": "onderbouw", "gender": "v".
    public var attributes: [String: String]
    /// Never shown on a shared screen (docs/METHOD.md, privacy).
    public var privateNote: String
    /// The last day they work here (retirement, a move), when known: initiatives they own need a new
    /// owner before then (`InitiativeWarnings`).
    public var leaving: Day?

    public init(
        id: UUID = UUID(), name: String, initials: String? = nil, role: String = "",
        area: Area = .ownSection, attributes: [String: String] = [:], privateNote: String = "",
        leaving: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.initials = initials ?? Person.defaultInitials(for: name)
        self.role = role
        self.area = area
        self.attributes = attributes
        self.privateNote = privateNote
        self.leaving = leaving
    }

    /// Whether they have left by `day` (their leaving day itself still counts as present).
    public func hasLeft(on day: Day) -> Bool { leaving.map { $0 < day } ?? false }

    private enum CodingKeys: String, CodingKey {
        case id, name, initials, role, area, attributes, privateNote, leaving
    }

    /// Only the id and the name are required: a person written by hand, by another tool or by an older
    /// version without initials, role, area, attributes or note still loads, with the defaults `init` gives.
    /// Written by hand rather than with `Defaulted` fields because missing initials are made from the
    /// name; the leaving day is written only when known (an optional), so files without it keep their bytes.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        self.init(
            id: try c.decode(UUID.self, forKey: .id), name: name,
            initials: try c.decodeIfPresent(String.self, forKey: .initials),
            role: try c.decodeIfPresent(String.self, forKey: .role) ?? "",
            area: try c.decodeIfPresent(Area.self, forKey: .area) ?? .ownSection,
            attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:],
            privateNote: try c.decodeIfPresent(String.self, forKey: .privateNote) ?? "",
            leaving: try c.decodeIfPresent(Day.self, forKey: .leaving))
    }

    /// "Gemma de Vries" → "GdV", "Maarten 't Hooft" → "MtH"; a single name gives its first two letters
    /// ("Theo" → "Th"). The first letter of each word counts, so an apostrophe never becomes an initial.
    /// `base`, or with a number after it when someone in `people` already has those initials (JS, JS2,
    /// JS3): two colleagues with the same name are told apart by their initials everywhere.
    public static func uniqueInitials(_ base: String, among people: [Person]) -> String {
        let taken = Set(people.map { $0.initials.lowercased() })
        guard taken.contains(base.lowercased()) else { return base }
        var n = 2
        while taken.contains("\(base)\(n)".lowercased()) { n += 1 }
        return "\(base)\(n)"
    }

    public static func defaultInitials(for name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard words.count > 1 else { return String(name.filter(\.isLetter).prefix(2)) }
        return words.compactMap { word -> String? in
            // The Dutch IJ is one letter: Femke IJzerman is FIJ, not FI.
            let letters = word.filter(\.isLetter)
            if letters.uppercased().hasPrefix("IJ") { return "IJ" }
            return letters.first.map(String.init)
        }.joined()
    }
}
