/// Sociometric status after Coie, Dodge and Coppotelli (1982), from a positive question ("aan wie vraag
/// je advies?", liked most) and a negative one (liked least) about the same people.
///
/// Per person: LM = choices received on the positive question, LL = choices received on the negative one.
/// Both are standardised within the group (z-scores, population standard deviation; a standard
/// deviation of 0 gives z = 0). Social preference SP = zLM − zLL and social impact SI = zLM + zLL are
/// standardised again. Then, first match wins:
/// - `popular`: zSP > 1, zLM > 0 and zLL < 0
/// - `rejected`: zSP < −1, zLL > 0 and zLM < 0
/// - `neglected`: zSI < −1, zLM < 0 and zLL < 0 (hardly chosen at all)
/// - `controversial`: zSI > 1, zLM > 0 and zLL > 0 (chosen often on both questions)
/// - `average`: everyone else (Coie & Dodge's "average" and "unclassified" together).
///
/// The words for each status stand in the word tables (`popular`, `rejected`, …), chosen by an exhaustive
/// switch in the sociogram's figures (`MetricsReport.statusName`).
public enum SociometricStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case popular, rejected, neglected, controversial, average

    /// The figures behind one person's status.
    public struct Score: Hashable, Sendable {
        public var likedMost: Int
        public var likedLeast: Int
        public var zLikedMost: Double
        public var zLikedLeast: Double
        /// Standardised social preference (zLM − zLL, standardised).
        public var preference: Double
        /// Standardised social impact (zLM + zLL, standardised).
        public var impact: Double
        public var status: SociometricStatus
    }

    /// - Parameters: `positive` and `negative` on the same nodes (the larger node count is used).
    public static func classify(positive: Digraph, negative: Digraph) -> [Score] {
        let n = max(positive.nodeCount, negative.nodeCount)
        let lm = (0..<n).map { $0 < positive.nodeCount ? positive.predecessors[$0].count : 0 }
        let ll = (0..<n).map { $0 < negative.nodeCount ? negative.predecessors[$0].count : 0 }
        let zlm = standardised(lm.map(Double.init))
        let zll = standardised(ll.map(Double.init))
        let sp = standardised((0..<n).map { zlm[$0] - zll[$0] })
        let si = standardised((0..<n).map { zlm[$0] + zll[$0] })
        return (0..<n).map { v in
            let status: SociometricStatus
            if sp[v] > 1 && zlm[v] > 0 && zll[v] < 0 {
                status = .popular
            } else if sp[v] < -1 && zll[v] > 0 && zlm[v] < 0 {
                status = .rejected
            } else if si[v] < -1 && zlm[v] < 0 && zll[v] < 0 {
                status = .neglected
            } else if si[v] > 1 && zlm[v] > 0 && zll[v] > 0 {
                status = .controversial
            } else {
                status = .average
            }
            return Score(
                likedMost: lm[v], likedLeast: ll[v], zLikedMost: zlm[v], zLikedLeast: zll[v],
                preference: sp[v], impact: si[v], status: status)
        }
    }

    static func standardised(_ values: [Double]) -> [Double] {
        let (mean, sd) = ActorRole.meanAndDeviation(values)
        // Below rounding noise a deviation means "all equal": z = 0, nobody stands out.
        guard sd > 1e-12 else { return values.map { _ in 0 } }
        return values.map { ($0 - mean) / sd }
    }
}
