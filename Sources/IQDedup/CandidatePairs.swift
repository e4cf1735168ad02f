/// Candidate pairs from any number of searches, sorted, deduplicated and handed to `verify` in
/// chunks of at most `chunkSize` pairs, so that their memory is bounded however many there are
/// (the searches add each pair about once; a pair two searches add in different chunks is
/// verified twice, and the verified pairs are deduplicated at the end).
///
/// A pair is packed as `first << idBits | second` with just enough bits for the corpus, so the
/// radix sort needs three passes for 100k texts instead of six for full 64-bit values.
struct CandidatePairs {
    private let idBits: UInt64
    private var packed: [UInt64] = []
    private let chunkSize: Int
    /// Receives each chunk: distinct pairs as `smaller item << 32 | larger item`, ascending.
    private let verify: ([UInt64]) -> Void
    /// Rejects the pairs verification would reject, before they take memory and sorting time.
    let gate: PairGate?
    private(set) var chunkCount = 0

    init(itemCount: Int, chunkSize: Int = .max, gate: PairGate? = nil, verify: @escaping ([UInt64]) -> Void) {
        idBits = UInt64(max(1, UInt64.bitWidth - UInt64(max(itemCount - 1, 1)).leadingZeroBitCount))
        self.chunkSize = max(1, chunkSize)
        self.verify = verify
        self.gate = gate
    }

    /// Whether a pair can be reported at all; `append` asks too, searches may ask earlier.
    @inline(__always)
    func admits(_ a: Int, _ b: Int) -> Bool {
        gate?.passes(a, b) ?? true
    }

    var rawCount: Int { packed.count }

    mutating func reserveCapacity(additional: Int) {
        packed.reserveCapacity(packed.count + min(additional, chunkSize))
    }

    /// Adds the pair of two distinct items, in either order.
    @inline(__always)
    mutating func append(_ a: Int, _ b: Int) {
        guard admits(a, b) else { return }
        appendAdmitted(a, b)
    }

    /// Adds a pair the caller has put through `gate` already.
    @inline(__always)
    mutating func appendAdmitted(_ a: Int, _ b: Int) {
        let (first, second) = a < b ? (a, b) : (b, a)
        packed.append(UInt64(first) << idBits | UInt64(second))
        if packed.count >= chunkSize { flush() }
    }

    /// Verifies the pending pairs, each once, in ascending order.
    mutating func flush() {
        guard !packed.isEmpty else { return }
        RadixSort.sort(&packed, onBits: 0..<(2 * Int(idBits)))
        let secondMask = (UInt64(1) << idBits) - 1
        let idBits = idBits
        var kept = 0
        packed.withUnsafeMutableBufferPointer { pairs in
            var previous = UInt64.max
            for index in pairs.indices where pairs[index] != previous {
                previous = pairs[index]
                pairs[kept] = (previous >> idBits) << 32 | (previous & secondMask)
                kept += 1
            }
        }
        packed.removeSubrange(kept...)
        chunkCount += 1
        verify(packed)
        packed.removeAll(keepingCapacity: true)
    }
}
