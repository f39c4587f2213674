import Foundation

/// A name reduced for matching: case, diacritics and surrounding or repeated spaces ignored, so that
/// "Heleen", "heleen " and "Hélèen" find the same colleague. Used by topic lookup and the survey import.
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ name: String) {
        let folded = name.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        value = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }

    /// The first word: "gemma de vries" → "gemma".
    public var firstWord: String { String(value.split(separator: " ").first ?? "") }
}
