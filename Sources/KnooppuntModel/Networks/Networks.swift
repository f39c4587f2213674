import Foundation

/// The section's network pictures (docs/METHOD.md: network analysis, ecogram, sociogram).
public struct Networks: Hashable, Sendable, Codable, FileDefault {
    // Each kind of picture may be missing and reads as none, so a new kind needs no migration.
    @Defaulted public var ecograms: [Ecogram]
    @Defaulted public var analyses: [NetworkAnalysis]
    @Defaulted public var sociograms: [Sociogram]

    public init(ecograms: [Ecogram] = [], analyses: [NetworkAnalysis] = [], sociograms: [Sociogram] = []) {
        (self.ecograms, self.analyses, self.sociograms) = (ecograms, analyses, sociograms)
    }

    public static var fileDefault: Networks { Networks() }
}

extension Networks {
    /// The networks with every trace of a person removed (docs/METHOD.md: "a person can be removed from all
    /// data at once"). An ecogram drawn around that person is about them, so it goes as a whole;
    /// elsewhere their contacts, schakels, sociogram memberships, choices and saved positions go.
    public func removingPerson(_ id: UUID) -> Networks {
        var copy = self
        copy.ecograms.removeAll { $0.centre.personID == id }
        for e in copy.ecograms.indices {
            for contact in copy.ecograms[e].contacts where contact.personID == id {
                copy.ecograms[e].removeContact(contact.id)
            }
        }
        for a in copy.analyses.indices {
            for schakel in copy.analyses[a].schakels where schakel.personID == id {
                copy.analyses[a].removeSchakel(schakel.id)
            }
        }
        for s in copy.sociograms.indices {
            copy.sociograms[s].removeMember(id)
        }
        return copy
    }
}
