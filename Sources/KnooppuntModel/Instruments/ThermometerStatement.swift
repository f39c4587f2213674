import Foundation
import KnooppuntWords

/// One of the relatie-thermometer's four statements (docs/METHOD.md section 6), each scored 1 to 5
/// with its own anchors. The raw value is the key in files and in `show thermometer --json`.
public enum ThermometerStatement: String, CaseIterable, Hashable, Sendable, Codable {
    case vertrouwen
    case normen
    case werkafspraken
    case identificatie

    public static let scores = 1...5

    /// The short name on a screen: "Vertrouwen" / "Trust".
    public var dutchName: String { name(.dutch) }
    public var englishName: String { name(.english) }

    public func name(_ words: Words) -> String {
        switch self {
        case .vertrouwen: words.thermometerVertrouwen
        case .normen: words.thermometerNormen
        case .werkafspraken: words.thermometerWerkafspraken
        case .identificatie: words.thermometerIdentificatie
        }
    }

    /// The statement a member scores, in our own words.
    public var dutchStatement: String { statement(.dutch) }
    public var englishStatement: String { statement(.english) }

    public func statement(_ words: Words) -> String {
        switch self {
        case .vertrouwen: words.thermometerStatementVertrouwen
        case .normen: words.thermometerStatementNormen
        case .werkafspraken: words.thermometerStatementWerkafspraken
        case .identificatie: words.thermometerStatementIdentificatie
        }
    }

    /// What 1 and what 5 mean for this statement.
    public var dutchAnchors: (low: String, high: String) { anchors(.dutch) }
    public var englishAnchors: (low: String, high: String) { anchors(.english) }

    public func anchors(_ words: Words) -> (low: String, high: String) {
        switch self {
        case .vertrouwen: (words.thermometerLowVertrouwen, words.thermometerHighVertrouwen)
        case .normen: (words.thermometerLowNormen, words.thermometerHighNormen)
        case .werkafspraken: (words.thermometerLowWerkafspraken, words.thermometerHighWerkafspraken)
        case .identificatie: (words.thermometerLowIdentificatie, words.thermometerHighIdentificatie)
        }
    }
}
