/// Candidate pairs from any number of searches, deduplicated and sorted once at the end.
///
/// A pair is packed as `first << idBits | second` with just enough bits for the corpus, so the
/// radix sort needs three passes for 100k texts instead of six for full 64-bit values.
struct CandidatePairs {
    private let idBits: UInt64
    private var packed: [UInt64] = []

    init(itemCount: Int) {
        idBits = UInt64(max(1, UInt64.bitWidth - UInt64(max(itemCount - 1, 1)).leadingZeroBitCount))
    }

    var rawCount: Int { packed.count }

    mutating func reserveCapacity(additional: Int) {
        packed.reserveCapacity(packed.count + additional)
    }

    /// Adds the pair of two distinct items, in either order.
    @inline(__always)
    mutating func append(_ a: Int, _ b: Int) {
        let (first, second) = a < b ? (a, b) : (b, a)
        packed.append(UInt64(first) << idBits | UInt64(second))
    }

    /// Every pair once, as `smaller item << 32 | larger item`, ascending.
    consuming func sortedWithoutDuplicates() -> [UInt64] {
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
        return packed
    }
}
