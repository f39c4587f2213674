import Foundation

/// A name reduced for matching: case, diacritics and surrounding or repeated spaces ignored, so that
/// "Heleen", "heleen " and "Hélèen" are one key. The folding is `PersonLookup`'s, so a name is the same
/// name wherever it is compared. Used by topic lookup, network names and the survey import's distinct names.
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ name: String) {
        value = PersonLookup.fold(name)
    }

    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }

    /// The first word: "gemma de vries" → "gemma".
    public var firstWord: String { String(value.split(separator: " ").first ?? "") }
}
