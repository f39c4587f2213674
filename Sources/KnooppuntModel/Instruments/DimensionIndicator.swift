import Foundation

/// One of the dimensieraamwerk's eleven indicators: a line between two poles on which a member places
/// a cross, 0 at the first pole and 10 at the second. No position is better than another; 3b shows
/// why: weak ties bring in what the group does not know yet.
public enum DimensionIndicator: String, CaseIterable, Hashable, Sendable, Codable {
    case i1a = "1a"
    case i1b = "1b"
    case i2a = "2a"
    case i2b = "2b"
    case i3a = "3a"
    case i3b = "3b"
    case i3c = "3c"
    case i4a = "4a"
    case i4b = "4b"
    case i4c = "4c"
    case i4d = "4d"

    public static let positions = 0...10

    public var code: String { rawValue }

    public var dimension: LearningDimension {
        switch self {
        case .i1a, .i1b: .praktijk
        case .i2a, .i2b: .domein
        case .i3a, .i3b, .i3c: .verbondenheid
        case .i4a, .i4b, .i4c, .i4d: .organisatie
        }
    }

    /// The two poles: where 0 and where 10 lies.
    public var dutchPoles: (from: String, to: String) { poles.dutch }
    public var englishPoles: (from: String, to: String) { poles.english }

    /// The poles in both languages.
    private var poles: (dutch: (from: String, to: String), english: (from: String, to: String)) {
        switch self {
        case .i1a:
            (
                ("losse, bijzondere gebeurtenissen", "verweven met het dagelijkse werk"),
                ("separate special events", "woven into daily work")
            )
        case .i1b:
            (
                ("tijdelijke sociale activiteiten", "blijvende sociale activiteiten"),
                ("temporary social activities", "lasting social activities")
            )
        case .i2a:
            (
                ("kennis en vaardigheden uitwisselen", "kennis verbreden en verdiepen"),
                ("exchanging knowledge and skills", "broadening and deepening them")
            )
        case .i2b:
            (
                ("waarde voor ieder apart", "waarde voor de groep samen"),
                ("value for each one apart", "value for the group together")
            )
        case .i3a:
            (
                ("deelnemers kennen elkaar", "een gedeelde identiteit"),
                ("members know each other", "a shared identity")
            )
        case .i3b: (("sterke banden", "zwakke banden"), ("strong ties", "weak ties"))
        case .i3c:
            (
                ("elkaar zien als uitvoerders", "elkaar zien als kenniswerkers"),
                ("seeing each other as doers of tasks", "seeing each other as knowledge workers")
            )
        case .i4a:
            (
                ("gestuurd van buitenaf", "georganiseerd vanuit de groep"),
                ("steered from outside", "organised from within the group")
            )
        case .i4b:
            (
                ("activiteiten binnen de eigen plek", "activiteiten over grenzen heen"),
                ("activities in our own place", "activities across boundaries")
            )
        case .i4c:
            (
                ("hiërarchische verhoudingen", "gelijkwaardige verhoudingen"),
                ("hierarchical relations", "equal relations")
            )
        case .i4d:
            (
                ("weinig gedeelde normen", "gedeelde normen over hoe we met elkaar praten"),
                ("few shared norms", "shared norms on how we talk with each other")
            )
        }
    }
}
