import Foundation

/// The candidates of a search that runs on several threads: each piece collects its pairs in a
/// ``Batch`` of its own, handed over whole when full, one batch at a time. The candidates sort
/// the pairs, so the order batches arrive in changes nothing.
final class SharedPairs: @unchecked Sendable {
    private var pairs: CandidatePairs
    private let lock = NSLock()

    /// Pairs a piece collects before it hands them over.
    static let batchSize = 1 << 16

    init(_ pairs: CandidatePairs) { self.pairs = pairs }

    func add(_ batch: [UInt64]) {
        lock.lock()
        defer { lock.unlock() }
        for packed in batch { pairs.appendAdmitted(Int(truncatingIfNeeded: packed >> 32), Int(truncatingIfNeeded: packed & 0xFFFF_FFFF)) }
    }

    func take() -> CandidatePairs {
        lock.lock()
        defer { lock.unlock() }
        return pairs
    }

    /// One piece's pairs (already through the gate) on their way to the shared candidates.
    struct Batch {
        let shared: SharedPairs
        private var packed: [UInt64] = []

        init(_ shared: SharedPairs) { self.shared = shared }

        @inline(__always)
        mutating func append(_ first: Int, _ second: Int) {
            packed.append(UInt64(first) << 32 | UInt64(second))
            if packed.count >= SharedPairs.batchSize {
                shared.add(packed)
                packed.removeAll(keepingCapacity: true)
            }
        }

        /// Hands over what is left; the piece's last call.
        mutating func flush() {
            shared.add(packed)
            packed = []
        }
    }
}
