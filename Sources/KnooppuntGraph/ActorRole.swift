/// The position of one person in a sociogram, as the method reads the picture. One role per person; the
/// rule is applied in the order of the cases below (the first that fits wins). docs/DECISIONS.md has
/// the reasons for each threshold.
///
/// 1. `isolated`: no ties at all, in or out (geïsoleerd).
/// 2. `broker`: betweenness above the mean + 1 standard deviation of everyone's betweenness and above 0,
///    Burt constraint below the median constraint of the people who have ties, and neighbours in at
///    least two of the network's clear subgroups (`Subgroups`): someone who alone connects groups
///    (bruggenbouwer, structureel gat). Without clear subgroups there is nothing to bridge.
/// 3. `peripheral`: tied (in either direction) to at most `peripheryLimit` colleagues: one, or a few
///    when the section is large and dense enough that a few is little (periferie).
/// 4. `central`: prominence at least the mean + 1 standard deviation and strictly above the mean, so
///    that in a network where everyone is alike nobody stands out (centrale actor). Prominence is the
///    number of people who choose the person (asked for advice: a vraagbaak) plus the number of mutual
///    ties: the ties the method values. Choices the person makes count for nothing on their own, so
///    someone who asks everybody and is asked by nobody is not central.
/// 5. `member`: everyone else.
///
/// Means and standard deviations are over all people of the graph, population form (divide by n).
/// In the undirected view in-degree and mutual ties are both the number of neighbours.
///
/// The words for each role are KnooppuntModel's `RoleWording`, by raw value.
public enum ActorRole: String, CaseIterable, Hashable, Sendable, Codable {
    case central, broker, member, peripheral, isolated

    public static func assign(
        inDegree: [Int], mutualCount: [Int], neighbourCount: [Int], betweenness: [Double],
        constraint: [Double?], neighbourSubgroupCount: [Int]
    ) -> [ActorRole] {
        let n = inDegree.count
        guard n > 0 else { return [] }
        let prominence = (0..<n).map { Double(inDegree[$0] + mutualCount[$0]) }
        let (prominenceMean, prominenceSD) = meanAndDeviation(prominence)
        let (betweenMean, betweenSD) = meanAndDeviation(betweenness)
        let constraintMedian = median(constraint.compactMap { $0 })
        let limit = peripheryLimit(neighbourCount: neighbourCount)
        return (0..<n).map { v in
            if neighbourCount[v] == 0 { return .isolated }
            let highBetweenness = betweenness[v] > 0 && betweenness[v] > betweenMean + betweenSD + 1e-12
            let lowConstraint = (constraint[v] ?? .infinity) < constraintMedian - 1e-12
            if highBetweenness && lowConstraint && neighbourSubgroupCount[v] > 1 { return .broker }
            if neighbourCount[v] <= limit { return .peripheral }
            if prominence[v] > prominenceMean + 1e-12
                && prominence[v] >= prominenceMean + prominenceSD - 1e-12
            {
                return .central
            }
            return .member
        }
    }

    /// The most colleagues a peripheral person is tied to: half the average number of colleagues a
    /// person is tied to (rounded down), at least 1 ("only one") and at most 3 ("only a few"). The
    /// average is 2 × pairs / n, which grows with the section's size and density, so in a sparse
    /// section only those with one tie are at the edge and in a large close-knit one also those with
    /// two or three.
    public static func peripheryLimit(neighbourCount: [Int]) -> Int {
        guard !neighbourCount.isEmpty else { return 1 }
        let mean = Double(neighbourCount.reduce(0, +)) / Double(neighbourCount.count)
        return min(3, max(1, Int((mean / 2).rounded(.down))))
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
