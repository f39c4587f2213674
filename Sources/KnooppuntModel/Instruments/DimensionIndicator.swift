import Foundation
import KnooppuntWords

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
    public var dutchPoles: (from: String, to: String) { poles(.dutch) }
    public var englishPoles: (from: String, to: String) { poles(.english) }

    public func poles(_ words: Words) -> (from: String, to: String) {
        switch self {
        case .i1a: (words.pole1aFrom, words.pole1aTo)
        case .i1b: (words.pole1bFrom, words.pole1bTo)
        case .i2a: (words.pole2aFrom, words.pole2aTo)
        case .i2b: (words.pole2bFrom, words.pole2bTo)
        case .i3a: (words.pole3aFrom, words.pole3aTo)
        case .i3b: (words.pole3bFrom, words.pole3bTo)
        case .i3c: (words.pole3cFrom, words.pole3cTo)
        case .i4a: (words.pole4aFrom, words.pole4aTo)
        case .i4b: (words.pole4bFrom, words.pole4bTo)
        case .i4c: (words.pole4cFrom, words.pole4cTo)
        case .i4d: (words.pole4dFrom, words.pole4dTo)
        }
    }
}
