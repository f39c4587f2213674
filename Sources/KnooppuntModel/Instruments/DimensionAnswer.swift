import Foundation

/// One member's eleven crosses in one round of the dimensieraamwerk, in the order 1a-4d, each 0-10.
/// Like a thermometer answer it carries a random response id and no person.
public struct DimensionAnswer: AnonymousAnswer {
    public var responseID: UUID
    public var positions: [Int]

    /// Nil unless there are eleven positions, each 0-10.
    public init?(responseID: UUID = UUID(), positions: [Int]) {
        guard positions.count == DimensionIndicator.allCases.count,
            positions.allSatisfy(DimensionIndicator.positions.contains)
        else { return nil }
        self.responseID = responseID
        self.positions = positions
    }

    /// The position on one indicator; nil when a damaged file left it out.
    public func position(_ indicator: DimensionIndicator) -> Int? {
        guard let i = DimensionIndicator.allCases.firstIndex(of: indicator), i < positions.count,
            DimensionIndicator.positions.contains(positions[i])
        else { return nil }
        return positions[i]
    }
}
