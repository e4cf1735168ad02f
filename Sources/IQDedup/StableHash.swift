/// Hash functions whose values are fixed forever, unlike Swift's per-process seeded `Hasher`.
///
/// Signatures, band keys and exported shingle hashes must be reproducible across runs and
/// machines, so everything here is plain integer arithmetic with published constants.
enum StableHash {
    /// The 64-bit finaliser of SplitMix64 (Steele, Lea, Flood 2014): a bijection with full avalanche.
    static func mix64(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 64-bit FNV-1a over Unicode scalar values, used to key phrase tokens.
    static func fnv1a<C: Collection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in scalars {
            hash = (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// A deterministic stream of well-mixed 64-bit values, used to draw permutation parameters.
    static func splitMixSequence(seed: UInt64, count: Int) -> [UInt64] {
        (0..<count).map { mix64(seed &+ UInt64($0)) }
    }
}
