import KnooppuntWords

/// A position of involvement (network analysis step 5): i, p, s, l, g.
public enum InvolvementPosition: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case initiator = "i"
    case partner = "p"
    case schakel = "s"
    case supplier = "l"
    case user = "g"

    public var letter: String { rawValue }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

extension InvolvementPosition {
    /// The position's name, as the editor's legend and the initiative's page say it.
    public func name(_ words: Words) -> String {
        switch self {
        case .initiator: words.initiator
        case .partner: words.partner
        case .schakel: words.link
        case .supplier: words.supplier
        case .user: words.user
        }
    }
}
