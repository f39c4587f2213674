import Foundation
import KnooppuntWords

/// How deeply a person takes part in an initiative (step 2 asks for it per involved person): from a
/// single conversation to working on it together throughout.
public enum InvolvementIntensity: String, Hashable, Sendable, Codable, CaseIterable, TextInBothLanguages {
    /// One short conversation, asked for advice or a source.
    case light = "kort"
    /// Now and then: reads along, gives feedback at a few moments.
    case regular = "af-en-toe"
    /// Works on it all the way, close to the initiator.
    case intensive = "intensief"

    public func text(_ words: Words) -> String {
        switch self {
        case .light: words.involvementLight
        case .regular: words.involvementRegular
        case .intensive: words.involvementIntensive
        }
    }

    /// The next intensity in the cycle the editor's key steps through; after the last comes "not set".
    public static func cycle(after current: InvolvementIntensity?) -> InvolvementIntensity? {
        guard let current else { return allCases.first }
        guard let i = allCases.firstIndex(of: current), i + 1 < allCases.count else { return nil }
        return allCases[i + 1]
    }
}
