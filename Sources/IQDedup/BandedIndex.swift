import Foundation

/// Locality-sensitive hashing over MinHash signatures: texts whose signatures agree on every
/// row of at least one band become candidate pairs.
///
/// Each band is one sorted array of `(bandKey << 32 | item)`, so a bucket is a run of equal keys
/// and the index costs 8 bytes per item and band with no per-bucket allocation.
struct BandedIndex {
    let rowsPerBand: Int
    let bandCount: Int
    private var bands: [[UInt64]]

    /// The most rows per band whose S-curve midpoint `(1/b)^(1/r)` is still at or below
    /// `candidateThreshold`, so pairs at the reported threshold collide almost surely.
    static func rowsPerBand(candidateThreshold: Double) -> Int {
        var rows = 1
        for candidate in 1...16 {
            let bands = MinHashSignatures.permutationCount / candidate
            if pow(1 / Double(bands), 1 / Double(candidate)) <= candidateThreshold { rows = candidate }
        }
        return rows
    }

    init(signatures: MinHashSignatures, itemCount: Int, candidateThreshold: Double, isIndexed: (Int) -> Bool) {
        let rowsPerBand = Self.rowsPerBand(candidateThreshold: candidateThreshold)
        let bandCount = MinHashSignatures.permutationCount / rowsPerBand
        self.rowsPerBand = rowsPerBand
        self.bandCount = bandCount
        var bands: [[UInt64]] = []
        bands.reserveCapacity(bandCount)
        let items = (0..<itemCount).filter(isIndexed)
        signatures.values.withUnsafeBufferPointer { values in
            for band in 0..<bandCount {
                var entries = [UInt64]()
                entries.reserveCapacity(items.count)
                for item in items {
                    let rows = UnsafeBufferPointer(rebasing: values[(item * MinHashSignatures.permutationCount + band * rowsPerBand)...])
                    entries.append(UInt64(Self.key(of: rows, count: rowsPerBand)) << 32 | UInt64(item))
                }
                RadixSort.sort(&entries, onBits: 32..<64)
                bands.append(entries)
            }
        }
        self.bands = bands
    }

    @inline(__always)
    private static func key(of rows: UnsafeBufferPointer<UInt32>, count: Int) -> UInt32 {
        var hash: UInt64 = 0
        for row in 0..<count { hash = StableHash.mix64(hash ^ UInt64(rows[row]) << (row % 2 == 0 ? 0 : 32)) }
        return UInt32(truncatingIfNeeded: hash >> 32)
    }

    var byteCount: Int { bands.reduce(0) { $0 + $1.count * MemoryLayout<UInt64>.stride } }

    /// Every pair that shares a band, exactly once, as `smaller item << 32 | larger item`, sorted.
    ///
    /// Pairs of all bands are collected and then sorted and deduplicated with a radix sort, which
    /// never touches the signatures and leaves the pairs in an order that keeps verification in
    /// cache. Two buckets merged by a 32-bit key collision only add candidates that verification
    /// rejects. When `isNew` is given, only pairs with at least one new item are reported, and
    /// buckets without new items are skipped whole.
    func candidatePairs(itemCount: Int, isNew: [Bool]?) -> [UInt64] {
        let idBits = max(1, UInt64.bitWidth - UInt64(max(itemCount - 1, 1)).leadingZeroBitCount)
        var pairs: [UInt64] = []
        for band in 0..<bandCount {
            bands[band].withUnsafeBufferPointer { entries in
                var runStart = 0
                while runStart < entries.count {
                    let key = entries[runStart] >> 32
                    var runEnd = runStart + 1
                    while runEnd < entries.count && entries[runEnd] >> 32 == key { runEnd += 1 }
                    defer { runStart = runEnd }
                    guard runEnd - runStart > 1 else { continue }
                    if let isNew, !(runStart..<runEnd).contains(where: { isNew[Int(truncatingIfNeeded: entries[$0] & 0xFFFF_FFFF)] }) {
                        continue
                    }
                    for p in runStart..<runEnd {
                        let first = entries[p] & 0xFFFF_FFFF
                        for q in (p + 1)..<runEnd {
                            let second = entries[q] & 0xFFFF_FFFF
                            if let isNew, !isNew[Int(first)] && !isNew[Int(second)] { continue }
                            pairs.append(first << UInt64(idBits) | second)
                        }
                    }
                }
            }
        }
        RadixSort.sort(&pairs, onBits: 0..<(2 * idBits))
        var kept = 0
        let secondMask = (UInt64(1) << UInt64(idBits)) - 1
        pairs.withUnsafeMutableBufferPointer { pairs in
            var previous = UInt64.max
            for index in pairs.indices where pairs[index] != previous {
                previous = pairs[index]
                pairs[kept] = (previous >> UInt64(idBits)) << 32 | (previous & secondMask)
                kept += 1
            }
        }
        pairs.removeSubrange(kept...)
        return pairs
    }
}
