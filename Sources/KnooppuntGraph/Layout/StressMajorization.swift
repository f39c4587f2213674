/// The SMACOF update of stress majorization with weights 1/d², one node at a time (Gauss–Seidel order,
/// which converges in fewer rounds than moving all nodes at once). Stops when a round lowers the stress
/// by less than `tolerance` of itself, or after `maxRounds`.
///
/// Written for speed, since a network of a whole school (hundreds of people) is laid out while the user
/// waits: the weights live in one padded row-major array and four pairs are handled per step with SIMD,
/// so the rows are walked without bounds checks and the square roots and divisions run side by side.
enum StressMajorization {
    /// Rounds taken by the last call are returned, for the tests and the bench.
    @discardableResult
    static func minimise(
        _ distances: GraphDistances, x: inout [Double], y: inout [Double], movable: [Bool],
        maxRounds: Int, tolerance: Double = 1e-5
    ) -> Int {
        let n = distances.count
        guard n > 1, maxRounds > 0 else { return 0 }
        // Rows padded to a multiple of four; the padding and the diagonal get weight 0, so they add
        // nothing and need no test in the inner loop.
        let stride = (n + 3) & ~3
        var inverse = [Double](repeating: 0, count: n * stride)  // 1 / d_ij
        var weightSum = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = 0.0
            for j in 0..<n where j != i {
                let v = 1 / distances.values[i * n + j]
                inverse[i * stride + j] = v
                sum += v * v
            }
            weightSum[i] = sum
        }
        var px = x + [Double](repeating: 0, count: stride - n)
        var py = y + [Double](repeating: 0, count: stride - n)
        var rounds = 0
        px.withUnsafeMutableBufferPointer { px in
            py.withUnsafeMutableBufferPointer { py in
                inverse.withUnsafeBufferPointer { inverse in
                    var previous = Double.infinity
                    while rounds < maxRounds {
                        rounds += 1
                        var stress = 0.0
                        for i in 0..<n where movable[i] {
                            stress += update(
                                i, px: px, py: py, row: inverse.baseAddress! + i * stride, stride: stride,
                                weightSum: weightSum[i], others: n - 1)
                        }
                        // The stress summed while moving is of a drawing that changes under the sum,
                        // but it falls with the true stress, which is all the stopping rule needs.
                        if stress < 1e-12 || previous - stress < tolerance * previous { break }
                        previous = stress
                    }
                }
            }
        }
        x = Array(px[0..<n])
        y = Array(py[0..<n])
        return rounds
    }

    /// Moves node i to the weighted mean of where each other node says it should be; returns node i's
    /// part of the stress, Σ_j w_ij (‖x_i − x_j‖ − d_ij)², measured before the move.
    @inline(__always)
    private static func update(
        _ i: Int, px: UnsafeMutableBufferPointer<Double>, py: UnsafeMutableBufferPointer<Double>,
        row: UnsafePointer<Double>, stride: Int, weightSum: Double, others: Int
    ) -> Double {
        let xi = SIMD4<Double>(repeating: px[i]), yi = SIMD4<Double>(repeating: py[i])
        let tiny = SIMD4<Double>(repeating: 1e-18)
        var ax = SIMD4<Double>(), ay = SIMD4<Double>(), stress = SIMD4<Double>()
        let xs = UnsafeRawPointer(px.baseAddress!), ys = UnsafeRawPointer(py.baseAddress!)
        let ws = UnsafeRawPointer(row)
        var j = 0
        while j < stride {
            let offset = j * MemoryLayout<Double>.stride
            let xj = xs.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
            let yj = ys.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
            let inv = ws.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)  // w·d = 1/d
            let w = inv * inv
            let dx = xi - xj, dy = yi - yj
            // Two nodes on one spot have no direction to move apart in; the floor keeps 0/0 out
            // (their pull then comes from the others, which differ as soon as the start is jittered).
            let r = pointwiseMax(dx * dx + dy * dy, tiny)
            let dist = r.squareRoot()
            let pull = inv / dist
            ax += w * xj + pull * dx
            ay += w * yj + pull * dy
            stress += w * r - 2 * inv * dist
            j += 4
        }
        px[i] = ax.sum() / weightSum
        py[i] = ay.sum() / weightSum
        // w·d² = 1 per pair: the constant part of each term.
        return stress.sum() + Double(others)
    }
}
