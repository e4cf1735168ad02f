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
                RadixSort.sortByUpperHalf(&entries)
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

    /// Every pair that shares a band, exactly once, as `(smaller item, larger item)`.
    ///
    /// A pair is reported in the first band where its rows are really equal (equal keys with
    /// different rows are key collisions and skipped). When `isNew` is given, only pairs with at
    /// least one new item are reported, and buckets without new items are skipped whole.
    func forEachCandidate(signatures: MinHashSignatures, isNew: [Bool]?, _ body: (Int, Int) -> Void) {
        let k = MinHashSignatures.permutationCount
        let rows = rowsPerBand
        signatures.values.withUnsafeBufferPointer { values in
            func rowsEqual(_ first: Int, _ second: Int, band: Int) -> Bool {
                let a = first * k + band * rows
                let b = second * k + band * rows
                for row in 0..<rows where values[a + row] != values[b + row] { return false }
                return true
            }
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
                            let first = Int(truncatingIfNeeded: entries[p] & 0xFFFF_FFFF)
                            for q in (p + 1)..<runEnd {
                                let second = Int(truncatingIfNeeded: entries[q] & 0xFFFF_FFFF)
                                if let isNew, !isNew[first] && !isNew[second] { continue }
                                guard rowsEqual(first, second, band: band) else { continue }
                                if (0..<band).contains(where: { rowsEqual(first, second, band: $0) }) { continue }
                                body(first, second)
                            }
                        }
                    }
                }
            }
        }
    }
}
