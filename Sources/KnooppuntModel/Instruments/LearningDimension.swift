import Foundation

/// The four dimensions of social learning the dimensieraamwerk describes (docs/METHOD.md section 6).
public enum LearningDimension: Int, CaseIterable, Hashable, Sendable {
    case praktijk = 1
    case domein = 2
    case verbondenheid = 3
    case organisatie = 4

    public var dutchName: String {
        switch self {
        case .praktijk: "Praktijk"
        case .domein: "Domein en waardecreatie"
        case .verbondenheid: "Verbondenheid"
        case .organisatie: "Organisatie"
        }
    }

    public var englishName: String {
        switch self {
        case .praktijk: "Practice"
        case .domein: "Domain and value creation"
        case .verbondenheid: "Connectedness"
        case .organisatie: "Organisation"
        }
    }

    public var indicators: [DimensionIndicator] {
        DimensionIndicator.allCases.filter { $0.dimension == self }
    }
}
