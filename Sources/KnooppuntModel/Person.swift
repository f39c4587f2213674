import Foundation

/// Where a person stands relative to the section: the three areas of the ecogram (docs/METHOD.md).
public enum Area: String, Hashable, Sendable, Codable, CaseIterable {
    case ownSection = "sectie"
    case school = "school"
    case outside = "buiten"
}

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

    public init(
        id: UUID = UUID(), name: String, initials: String? = nil, role: String = "",
        area: Area = .ownSection, attributes: [String: String] = [:], privateNote: String = ""
    ) {
        self.id = id
        self.name = name
        self.initials = initials ?? Person.defaultInitials(for: name)
        self.role = role
        self.area = area
        self.attributes = attributes
        self.privateNote = privateNote
    }

    /// "Gemma de Vries" → "GdV", "Maarten 't Hooft" → "MtH"; a single name gives its first two letters
    /// ("Theo" → "Th"). The first letter of each word counts, so an apostrophe never becomes an initial.
    public static func defaultInitials(for name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard words.count > 1 else { return String(name.filter(\.isLetter).prefix(2)) }
        return words.compactMap { $0.first(where: \.isLetter).map(String.init) }.joined()
    }
}

extension Person {
    /// A person without attributes (a file from before subgroups, or written by hand) reads with none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(UUID.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            initials: try c.decode(String.self, forKey: .initials),
            role: try c.decode(String.self, forKey: .role),
            area: try c.decode(Area.self, forKey: .area),
            attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:],
            privateNote: try c.decode(String.self, forKey: .privateNote))
    }
}
