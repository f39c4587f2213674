import Foundation

/// What decoding itself repaired, for values that cannot be mended after they are decoded: a step of
/// 12 or -1 is no `Stage` at all. The store hands one to its decoder (`userInfo[.decodingRepairs]`);
/// other decoders give none and stay strict.
final class DecodingRepairs: @unchecked Sendable {
    // Decoding is synchronous on one thread; the lock only makes the Sendable promise true.
    private let lock = NSLock()
    private var steps = 0

    var clampedSteps: Int { lock.withLock { steps } }

    func noteClampedStep() { lock.withLock { steps += 1 } }
}

extension CodingUserInfoKey {
    /// Where a store decoder carries its `DecodingRepairs`.
    static let decodingRepairs = CodingUserInfoKey(rawValue: "knooppunt.decodingRepairs")!
}
