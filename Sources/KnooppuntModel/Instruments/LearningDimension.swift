import Foundation
import KnooppuntWords

/// The four dimensions of social learning the dimensieraamwerk describes (docs/METHOD.md section 6).
public enum LearningDimension: Int, CaseIterable, Hashable, Sendable, NameInBothLanguages {
    case praktijk = 1
    case domein = 2
    case verbondenheid = 3
    case organisatie = 4

    public func name(_ words: Words) -> String {
        switch self {
        case .praktijk: words.dimensionPraktijk
        case .domein: words.dimensionDomein
        case .verbondenheid: words.dimensionVerbondenheid
        case .organisatie: words.dimensionOrganisatie
        }
    }

    public var indicators: [DimensionIndicator] {
        DimensionIndicator.allCases.filter { $0.dimension == self }
    }
}
