import Foundation
import KnooppuntWords

/// Where a thermometer sum (4-20) falls. The source names the bands after wealth; we keep that image
/// in our own words, because it says that relations are a capital a group can build or spend.
public enum ThermometerBand: Int, CaseIterable, Hashable, Sendable, Codable, NameInBothLanguages {
    case nearlyBankrupt = 1
    case average = 2
    case rich = 3

    public static let sums = 4...20

    /// The band of a sum; sums outside 4-20 cannot come from four scores of 1-5, but a damaged file
    /// must not trap, so they fall in the nearest band.
    public init(sum: Int) {
        switch sum {
        case ...8: self = .nearlyBankrupt
        case 9...13: self = .average
        default: self = .rich
        }
    }

    public var sums: ClosedRange<Int> {
        switch self {
        case .nearlyBankrupt: 4...8
        case .average: 9...13
        case .rich: 14...20
        }
    }

    /// The band's name (also `dutchName`, `englishName`).
    public func name(_ words: Words) -> String {
        switch self {
        case .nearlyBankrupt: words.bandNearlyBankrupt
        case .average: words.bandAverage
        case .rich: words.bandRich
        }
    }

    /// What the band asks of the group.
    public var dutchAdvice: String { advice(.dutch) }
    public var englishAdvice: String { advice(.english) }

    public func advice(_ words: Words) -> String {
        switch self {
        case .nearlyBankrupt: words.bandAdviceNearlyBankrupt
        case .average: words.bandAdviceAverage
        case .rich: words.bandAdviceRich
        }
    }
}
