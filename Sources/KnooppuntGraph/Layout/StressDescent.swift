import Foundation

/// Stress minimised pair by pair (Zheng, Pawar and Goodman 2019, "Graph drawing by stochastic gradient
/// descent"): every pair of nodes in turn is pulled or pushed towards its graph distance, by a step
/// that starts large and shrinks each round. It minimises the same stress as majorization (weights
/// 1/d²) but needs a few dozen rounds where majorization creeps on for hundreds, and the large early
/// steps shake out the folds that majorization gets stuck in (which show as crossed lines).
enum StressDescent {
    /// Moves `x`, `y` to lower stress. The pairs are visited in one seeded random order (drawn once:
    /// a new order per round costs more than it gains). `startStep` scales the first step: 1 lets the
    /// first round undo any start, smaller keeps more of a good one.
    static func minimise(
        _ distances: GraphDistances, x: inout [Double], y: inout [Double], rounds: Int,
        random: inout SeededRandom, startStep: Double = 1, finalStep: Double = 0.1
    ) {
        let n = distances.count
        guard n > 1, rounds > 0 else { return }
        let pairCount = n * (n - 1) / 2
        // Each pair with its distance and weight, so one round streams through one array instead of
        // looking the distance up in the matrix.
        var pairs = [Pair](repeating: Pair(i: 0, j: 0, distance: 0, weight: 0), count: pairCount)
        var k = 0
        var longest = 1.0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let dij = distances.values[i * n + j]
                pairs[k] = Pair(i: Int32(i), j: Int32(j), distance: dij, weight: 1 / (dij * dij))
                longest = max(longest, dij)
                k += 1
            }
        }
        // Fisher–Yates with a multiply-shift index: a 64-bit division per pair would cost more than the
        // rest of the layout.
        if pairCount > 1 {
            for i in stride(from: pairCount - 1, to: 0, by: -1) {
                let j = Int(((random.next() >> 32) &* UInt64(i + 1)) >> 32)
                pairs.swapAt(i, j)
            }
        }
        // Step η: μ = min(1, η/d²) of the way towards the pair's own distance. Rounds go from η_max,
        // where even the farthest pair moves all the way, down to `finalStep` (the paper's schedule).
        let etaMax = max(longest * longest * startStep, finalStep * 1.0001)
        let decay = rounds > 1 ? log(etaMax / finalStep) / Double(rounds - 1) : 0
        // x and y side by side: one cache line holds both coordinates of a node.
        var xy = [Double](repeating: 0, count: 2 * n)
        for i in 0..<n {
            xy[2 * i] = x[i]
            xy[2 * i + 1] = y[i]
        }
        xy.withUnsafeMutableBufferPointer { xy in
            pairs.withUnsafeBufferPointer { pairs in
                for t in 0..<rounds {
                    let eta = etaMax * exp(-decay * Double(t))
                    for p in pairs {
                        let i = 2 * Int(p.i), j = 2 * Int(p.j)
                        let mu = min(1, eta * p.weight)
                        let dx = xy[i] - xy[j], dy = xy[i + 1] - xy[j + 1]
                        let squared = dx * dx + dy * dy
                        // Two nodes on one spot have no direction to move apart in; the random start
                        // makes this rare, and the next pair with a direction moves them.
                        if squared < 1e-24 { continue }
                        let length = squared.squareRoot()
                        // Each end moves half of μ·(length − d) along the line between them.
                        let r = 0.5 * mu * (1 - p.distance / length)
                        xy[i] -= r * dx
                        xy[i + 1] -= r * dy
                        xy[j] += r * dx
                        xy[j + 1] += r * dy
                    }
                }
            }
        }
        for i in 0..<n {
            x[i] = xy[2 * i]
            y[i] = xy[2 * i + 1]
        }
    }

    struct Pair {
        var i: Int32
        var j: Int32
        var distance: Double
        /// 1/d², the pair's weight in the stress.
        var weight: Double
    }

    /// Σ over pairs of (‖x_i − x_j‖ − d_ij)² / d_ij²: the figure the candidates of a layout are held
    /// to (all drawn at the scale of the graph distances, so no rescaling is needed here).
    static func stress(_ distances: GraphDistances, x: [Double], y: [Double]) -> Double {
        let n = distances.count
        var sum = 0.0
        distances.values.withUnsafeBufferPointer { d in
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let dij = d[i * n + j]
                    let e = ((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])).squareRoot()
                    sum += (e - dij) * (e - dij) / (dij * dij)
                }
            }
        }
        return sum
    }
}
