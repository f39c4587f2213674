import Foundation

/// The kind of a relation in an ecogram, written as one letter on the tie (docs/METHOD.md):
/// K kennisuitwisseling, G gezelschap, E emotionele steun, R regelmatig ruzie of onenigheid.
/// Users may add their own letters with a meaning (`RelationLetter`).
public struct RelationLetter: Hashable, Sendable, Codable {
    /// One upper-case letter, e.g. "K" or a user's own "L".
    public var letter: String
    public var meaningNL: String
    public var meaningEN: String
    /// A negative relation (R) is personal data: hidden on a shared screen unless switched on.
    public var isNegative: Bool

    public init(letter: String, meaningNL: String, meaningEN: String = "", isNegative: Bool = false) {
        self.letter = letter.uppercased()
        self.meaningNL = meaningNL
        self.meaningEN = meaningEN.isEmpty ? meaningNL : meaningEN
        self.isNegative = isNegative
    }

    public static let knowledge = RelationLetter(
        letter: "K", meaningNL: "kennisuitwisseling", meaningEN: "knowledge exchange")
    public static let company = RelationLetter(
        letter: "G", meaningNL: "gezelschap", meaningEN: "companionship")
    public static let support = RelationLetter(
        letter: "E", meaningNL: "emotionele steun", meaningEN: "emotional support")
    public static let conflict = RelationLetter(
        letter: "R", meaningNL: "regelmatig ruzie of onenigheid", meaningEN: "regular conflict",
        isNegative: true)

    /// The four letters of the seed, in the order they are explained.
    public static let standard: [RelationLetter] = [knowledge, company, support, conflict]
}

/// One way (from → to) or both ways (mutual contact).
public enum TieDirection: String, Hashable, Sendable, Codable, CaseIterable {
    case oneWay = "enkel"
    case mutual = "wederzijds"
}

/// A strong tie is drawn solid (thicker in the seed), a weak one dotted.
public enum TieStrength: String, Hashable, Sendable, Codable, CaseIterable {
    case strong = "sterk"
    case weak = "zwak"
}
