import Foundation
import KnooppuntWords

/// Why a name or note was refused; one sentence each, in both languages.
public enum TextRefusal: Error, Hashable, Sendable, CustomStringConvertible, TextInBothLanguages {
    case empty
    case controlCharacter
    case tooLong(limit: Int)

    public func text(_ words: Words) -> String {
        switch self {
        case .empty: words.textEmpty
        case .controlCharacter: words.textControlCharacter
        case .tooLong(let limit): words.textTooLong(limit: limit)
        }
    }

    public var description: String { english }
}

/// Rules for text typed by users (names of sections, people, initiatives). Text is data: it must never be
/// able to move the cursor, change the terminal or reverse the direction of what follows it on a screen.
public enum TextRules {
    /// Longest accepted name, in characters (grapheme clusters, so "Zoë" or a flag emoji count as one each).
    public static let nameLimit = 200

    /// The name trimmed of surrounding white space, or a refusal: empty, containing a control character
    /// (C0, DEL, C1, line/paragraph separators) or a bidirectional override/isolate, or too long.
    public static func validName(_ s: String) throws(TextRefusal) -> String {
        let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw .empty }
        if trimmed.unicodeScalars.contains(where: isForbidden) { throw .controlCharacter }
        if trimmed.count > nameLimit { throw .tooLong(limit: nameLimit) }
        return trimmed
    }

    /// Longest accepted note (a step change's note, an experience), in characters.
    public static let noteLimit = 2000

    /// A note trimmed of surrounding white space. Unlike a name it may be empty and may hold line breaks
    /// and tabs; other control and direction characters are refused, as is a note over `noteLimit`.
    public static func validNote(_ s: String) throws(TextRefusal) -> String {
        let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && isForbidden($0) }) {
            throw .controlCharacter
        }
        if trimmed.count > noteLimit { throw .tooLong(limit: noteLimit) }
        return trimmed
    }

    /// `s` on one line, safe for TSV and terminals: every control or direction character (including tab
    /// and newline) becomes a space. Nothing else changes.
    public static func singleLine(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            out.append(isForbidden(scalar) ? " " : scalar)
        }
        return String(out)
    }

    /// C0 controls, DEL, C1 controls, U+2028/U+2029, and the bidi embeddings, overrides, isolates and marks
    /// that can make a name display as something else: the same set the terminal cleaning replaces.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool { TerminalSafe.isUnsafe(scalar) }
}
