/// 128 MinHash values per text, all texts in one contiguous `[UInt32]` buffer.
///
/// Permutation `i` maps a shingle hash `h` to the top 32 bits of `h &* a[i]` (multiply-shift
/// hashing with a fixed odd multiplier): one multiplication per shingle and permutation, and the
/// values never change between runs or machines.
struct MinHashSignatures {
    static let permutationCount = 128
    /// Fixed forever: changing it changes every signature (a test pins a few values).
    static let multipliers: [UInt64] = StableHash.splitMixSequence(seed: 0x1A_2B_3C_4D, count: permutationCount)
        .map { $0 | 1 }

    /// `values[item * 128 + permutation]`; an item without shingles has all values `UInt32.max`.
    private(set) var values: [UInt32]

    init(corpus: ShingledCorpus) {
        let k = Self.permutationCount
        values = [UInt32](repeating: .max, count: corpus.count * k)
        var hashes: [UInt64] = []
        for item in 0..<corpus.count where corpus.shingleCount(of: item) > 0 {
            values.withUnsafeMutableBufferPointer { values in
                Self.write(UnsafeMutableBufferPointer(rebasing: values[(item * k)..<(item * k + k)]),
                           of: corpus.shingles(of: item), hashes: &hashes)
            }
        }
    }

    /// Writes the 128 values of the signature of `shingles` (not empty) into `signature`;
    /// `hashes` is scratch space, reused between calls so that no text allocates.
    static func write(_ signature: UnsafeMutableBufferPointer<UInt32>, of shingles: ArraySlice<UInt64>, hashes: inout [UInt64]) {
        if hashes.count < shingles.count { hashes = [UInt64](repeating: 0, count: shingles.count) }
        hashes.withUnsafeMutableBufferPointer { hashes in
            for (offset, code) in shingles.enumerated() { hashes[offset] = StableHash.mix64(code) }
            multipliers.withUnsafeBufferPointer { multipliers in
                write(signature, minHashOf: UnsafeBufferPointer(rebasing: hashes[..<shingles.count]), multipliers)
            }
        }
    }

    /// Permutations outermost, four at a time, so each minimum stays in a register while the
    /// few shingle hashes stream from L1; the loop is bound by one multiply per value.
    @inline(__always)
    private static func write(
        _ signature: UnsafeMutableBufferPointer<UInt32>,
        minHashOf hashes: UnsafeBufferPointer<UInt64>,
        _ multipliers: UnsafeBufferPointer<UInt64>
    ) {
        for permutation in stride(from: 0, to: permutationCount, by: 4) {
            let (a0, a1, a2, a3) = (multipliers[permutation], multipliers[permutation + 1],
                                    multipliers[permutation + 2], multipliers[permutation + 3])
            var (m0, m1, m2, m3) = (UInt64.max, UInt64.max, UInt64.max, UInt64.max)
            for hash in hashes {
                m0 = min(m0, (hash &* a0) >> 32)
                m1 = min(m1, (hash &* a1) >> 32)
                m2 = min(m2, (hash &* a2) >> 32)
                m3 = min(m3, (hash &* a3) >> 32)
            }
            signature[permutation] = UInt32(truncatingIfNeeded: m0)
            signature[permutation + 1] = UInt32(truncatingIfNeeded: m1)
            signature[permutation + 2] = UInt32(truncatingIfNeeded: m2)
            signature[permutation + 3] = UInt32(truncatingIfNeeded: m3)
        }
    }

    func signature(of item: Int) -> ArraySlice<UInt32> {
        values[(item * Self.permutationCount)..<((item + 1) * Self.permutationCount)]
    }

    var byteCount: Int { values.count * MemoryLayout<UInt32>.stride }
}
