/// The position of one person in a sociogram, as the method reads the picture. One role per person; the
/// rule is applied in the order of the cases below (the first that fits wins):
///
/// 1. `isolated`: no ties at all, in or out (geïsoleerd).
/// 2. `peripheral`: tied to exactly one other person, in either or both directions (periferie).
/// 3. `broker`: betweenness above the mean + 1 standard deviation of everyone's betweenness and above 0,
///    Burt constraint below the median constraint of the people who have ties, and neighbours in more
///    than one community (the neighbours' communities, which may include the person's own, number at
///    least two). Someone who alone connects groups (bruggenbouwer, structureel gat).
/// 4. `central`: total degree (in + out, so a mutual tie counts twice, as the method values mutual ties)
///    at least the mean + 1 standard deviation, and strictly above the mean, so that in a network where
///    everyone has the same number of ties nobody stands out (centrale actor).
/// 5. `member`: everyone else.
///
/// Means and standard deviations are over all people of the graph, population form (divide by n).
/// In the undirected view in- and out-degree are both the number of neighbours.
public enum ActorRole: String, CaseIterable, Hashable, Sendable, Codable {
    case central, broker, member, peripheral, isolated

    public static func assign(
        inDegree: [Int], outDegree: [Int], neighbourCount: [Int], betweenness: [Double],
        constraint: [Double?], neighbourCommunityCount: [Int]
    ) -> [ActorRole] {
        let n = inDegree.count
        guard n > 0 else { return [] }
        let degree = (0..<n).map { Double(inDegree[$0] + outDegree[$0]) }
        let (degreeMean, degreeSD) = meanAndDeviation(degree)
        let (betweenMean, betweenSD) = meanAndDeviation(betweenness)
        let constraintMedian = median(constraint.compactMap { $0 })
        return (0..<n).map { v in
            if neighbourCount[v] == 0 { return .isolated }
            if neighbourCount[v] == 1 { return .peripheral }
            let highBetweenness = betweenness[v] > 0 && betweenness[v] > betweenMean + betweenSD + 1e-12
            let lowConstraint = (constraint[v] ?? .infinity) < constraintMedian - 1e-12
            if highBetweenness && lowConstraint && neighbourCommunityCount[v] > 1 { return .broker }
            if degree[v] > degreeMean + 1e-12 && degree[v] >= degreeMean + degreeSD - 1e-12 {
                return .central
            }
            return .member
        }
    }

    static func meanAndDeviation(_ values: [Double]) -> (Double, Double) {
        guard !values.isEmpty else { return (0, 0) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, variance.squareRoot())
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
