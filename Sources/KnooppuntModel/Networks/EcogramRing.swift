/// How far a contact stands from the centre of an ecogram (docs/METHOD.md: close contacts near, distant ones
/// further out).
public enum EcogramRing: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case close = "dichtbij"
    case middle = "midden"
    case far = "ver"

    /// 1 for close, 2 for middle, 3 for far: the ring number in the drawing.
    public var number: Int { EcogramRing.allCases.firstIndex(of: self)! + 1 }

    public static func < (a: Self, b: Self) -> Bool { a.number < b.number }
}
