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
        Self.multipliers.withUnsafeBufferPointer { multipliers in
            corpus.shingles.withUnsafeBufferPointer { shingles in
                values.withUnsafeMutableBufferPointer { values in
                    for item in 0..<corpus.count {
                        let signature = UnsafeMutableBufferPointer(rebasing: values[(item * k)..<(item * k + k)])
                        for shingleIndex in corpus.shingleOffsets[item]..<corpus.shingleOffsets[item + 1] {
                            Self.lower(signature, toMinHashOf: StableHash.mix64(shingles[shingleIndex]), multipliers)
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func lower(
        _ signature: UnsafeMutableBufferPointer<UInt32>,
        toMinHashOf hash: UInt64,
        _ multipliers: UnsafeBufferPointer<UInt64>
    ) {
        for permutation in 0..<permutationCount {
            let value = UInt32(truncatingIfNeeded: (hash &* multipliers[permutation]) >> 32)
            signature[permutation] = min(signature[permutation], value)
        }
    }

    func signature(of item: Int) -> ArraySlice<UInt32> {
        values[(item * Self.permutationCount)..<((item + 1) * Self.permutationCount)]
    }

    var byteCount: Int { values.count * MemoryLayout<UInt32>.stride }
}
