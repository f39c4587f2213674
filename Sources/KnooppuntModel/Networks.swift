import Foundation

/// The section's network pictures (DOMAIN.md: network analysis, ecogram, sociogram).
public struct Networks: Hashable, Sendable, Codable {
    public var ecograms: [Ecogram]
    public var analyses: [NetworkAnalysis]
    public var sociograms: [Sociogram]

    public init(ecograms: [Ecogram] = [], analyses: [NetworkAnalysis] = [], sociograms: [Sociogram] = []) {
        self.ecograms = ecograms
        self.analyses = analyses
        self.sociograms = sociograms
    }
}

extension Networks {
    /// The networks with every trace of a person removed (DOMAIN.md: "a person can be removed from all
    /// data at once"). STUB until the network issue: the placeholder networks hold no people yet.
    public func removingPerson(_ id: UUID) -> Networks { self }
}
