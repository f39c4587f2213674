import Foundation
import KnooppuntWords

/// One of the relatie-thermometer's four statements (docs/METHOD.md section 6), each scored 1 to 5
/// with its own anchors. The raw value is the key in files and in `show thermometer --json`.
public enum ThermometerStatement: String, CaseIterable, Hashable, Sendable, Codable, NameInBothLanguages {
    case vertrouwen
    case normen
    case werkafspraken
    case identificatie

    public static let scores = 1...5

    /// The short name on a screen: "Vertrouwen" / "Trust" (also `dutchName`, `englishName`).
    public func name(_ words: Words) -> String { wording(words).name }

    /// The statement a member scores, in our own words.
    public var dutchStatement: String { statement(.dutch) }
    public var englishStatement: String { statement(.english) }
    public func statement(_ words: Words) -> String { wording(words).statement }

    /// What 1 and what 5 mean for this statement.
    public var dutchAnchors: (low: String, high: String) { anchors(.dutch) }
    public var englishAnchors: (low: String, high: String) { anchors(.english) }
    public func anchors(_ words: Words) -> (low: String, high: String) { wording(words).anchors }

    /// Everything said about one statement, side by side so that each statement is worded in one place.
    private struct Wording {
        var name: String
        var statement: String
        var anchors: (low: String, high: String)
    }

    private func wording(_ words: Words) -> Wording {
        switch self {
        case .vertrouwen:
            Wording(
                name: words.thermometerVertrouwen, statement: words.thermometerStatementVertrouwen,
                anchors: (words.thermometerLowVertrouwen, words.thermometerHighVertrouwen))
        case .normen:
            Wording(
                name: words.thermometerNormen, statement: words.thermometerStatementNormen,
                anchors: (words.thermometerLowNormen, words.thermometerHighNormen))
        case .werkafspraken:
            Wording(
                name: words.thermometerWerkafspraken, statement: words.thermometerStatementWerkafspraken,
                anchors: (words.thermometerLowWerkafspraken, words.thermometerHighWerkafspraken))
        case .identificatie:
            Wording(
                name: words.thermometerIdentificatie, statement: words.thermometerStatementIdentificatie,
                anchors: (words.thermometerLowIdentificatie, words.thermometerHighIdentificatie))
        }
    }
}
