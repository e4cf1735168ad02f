import IQConcurrency
import Foundation

/// Locality-sensitive hashing over MinHash signatures: texts whose signatures agree on every
/// row of at least one band become candidate pairs.
///
/// There are always 32 bands (the memory budget: 4 bytes per item and band); band `i` reads
/// `rowsPerBand` consecutive values from position `4·i`, wrapping around, so bands of more than
/// four rows overlap a little instead of leaving values unused. Only the 32-bit band keys are
/// kept: each text's signature lives in a scratch buffer just long enough to hash its bands
/// (keeping every signature cost 512 bytes a text, a gigabyte on a 100 MB bank). A band is
/// enumerated as one sorted array of `(bandKey << 32 | item)`, built when it is queried and
/// freed after it, so a bucket is a run of equal keys with no per-bucket allocation.
struct BandedIndex {
    static let bandCount = 32
    /// The most candidate pairs per indexed item reserved up front (64 MB per million items).
    static let reservedPairsPerItem = 8
    let rowsPerBand: Int
    /// The items in the bands (those with features), ascending.
    private let items: [Int]
    /// `bandKeys[item * bandCount + band]`: the key of each item in each band. A band's buckets
    /// are built from these, and a pair already bucketed together by an earlier band is not
    /// added again (identical questions share all 32 buckets).
    private let bandKeys: [UInt32]

    /// The most rows per band whose S-curve midpoint `(1/32)^(1/r)` is still at or below
    /// `candidateThreshold`: more rows mean fewer dissimilar candidates, and pairs well above
    /// the midpoint collide almost surely (at 5 rows: 0.997 at Jaccard 0.7, 0.9999 at 0.8).
    static func rowsPerBand(candidateThreshold: Double) -> Int {
        var rows = 1
        for candidate in 1...MinHashSignatures.permutationCount / bandCount * 4
        where pow(1 / Double(bandCount), 1 / Double(candidate)) <= candidateThreshold + 1e-9 {
            rows = candidate
        }
        return rows
    }

    /// Indexes the items of `corpus` that have features; their signatures in `pieces` pieces
    /// of items (nil: as many as the corpus is worth), each writing its items' keys.
    init(corpus: ShingledCorpus, candidateThreshold: Double, pieces: Int? = nil) {
        let rowsPerBand = Self.rowsPerBand(candidateThreshold: candidateThreshold)
        self.rowsPerBand = rowsPerBand
        let items = (0..<corpus.count).filter { corpus.shingleCount(of: $0) > 0 }
        var bandKeys = [UInt32](repeating: 0, count: corpus.count * Self.bandCount)
        let pieceCount = max(1, pieces ?? WorkPool.pieceCount(items.count, perPiece: Self.itemsPerPiece, perCore: 4))
        bandKeys.withUnsafeMutableBufferPointer { keys in
            let keys = KeyBuffer(keys: keys)
            WorkPool.shared.forEach(count: pieceCount) { piece in
                let bounds = WorkPool.range(piece, of: pieceCount, covering: items.count)
                Self.writeKeys(of: items[bounds], corpus: corpus, rowsPerBand: rowsPerBand, to: keys.keys)
            }
        }
        self.items = items
        self.bandKeys = bandKeys
    }

    /// The band keys of `items`, each from its signature in a scratch buffer.
    private static func writeKeys(of items: ArraySlice<Int>, corpus: ShingledCorpus, rowsPerBand: Int,
                                  to keys: UnsafeMutableBufferPointer<UInt32>) {
        let k = MinHashSignatures.permutationCount
        let stride = k / bandCount
        var signature = [UInt32](repeating: 0, count: k)
        var hashes: [UInt64] = []
        signature.withUnsafeMutableBufferPointer { values in
            for item in items {
                MinHashSignatures.write(values, of: corpus.shingles(of: item), hashes: &hashes)
                for band in 0..<bandCount {
                    var hash = UInt64(band)
                    for row in 0..<rowsPerBand {
                        hash = StableHash.mix64(hash ^ UInt64(values[(band * stride + row) % k]))
                    }
                    keys[item * bandCount + band] = UInt32(truncatingIfNeeded: hash >> 32)
                }
            }
        }
    }

    /// The keys' buffer, written by several pieces, each at its own items only.
    private struct KeyBuffer: @unchecked Sendable {
        let keys: UnsafeMutableBufferPointer<UInt32>
    }

    /// The signatures are not kept; the band keys are, and one band at a time while querying.
    var byteCount: Int {
        bandKeys.count * MemoryLayout<UInt32>.stride + items.count * (MemoryLayout<Int>.stride + 2 * MemoryLayout<UInt64>.stride)
    }

    /// Band `band` as `(key << 32 | item)`, sorted by key (items ascending within a key); with
    /// `keptKeys`, only the items whose key is one of them (the buckets of a few new items).
    private func entries(of band: Int, keptKeys: Set<UInt32>? = nil) -> [UInt64] {
        var entries = [UInt64]()
        if keptKeys == nil { entries.reserveCapacity(items.count) }
        bandKeys.withUnsafeBufferPointer { keys in
            for item in items {
                let key = keys[item * Self.bandCount + band]
                if let keptKeys, !keptKeys.contains(key) { continue }
                entries.append(UInt64(key) << 32 | UInt64(item))
            }
        }
        RadixSort.sort(&entries, onBits: 32..<64)
        return entries
    }

    /// Whether two items share a bucket in a band before `band`.
    @inline(__always)
    private static func collideEarlier(_ first: Int, _ second: Int, before band: Int, keys: UnsafeBufferPointer<UInt32>) -> Bool {
        var earlier = 0
        while earlier < band {
            if keys[first &* bandCount &+ earlier] == keys[second &* bandCount &+ earlier] { return true }
            earlier &+= 1
        }
        return false
    }

    /// Pairs in the buckets of the first band: a first size for the pair buffer, which the other
    /// bands mostly repeat.
    private func pairCountEstimate() -> Int {
        var total = 0
        for entries in [entries(of: 0)] {
            var runStart = 0
            while runStart < entries.count {
                var runEnd = runStart + 1
                while runEnd < entries.count && entries[runEnd] >> 32 == entries[runStart] >> 32 { runEnd += 1 }
                total += (runEnd - runStart) * (runEnd - runStart - 1) / 2
                runStart = runEnd
            }
        }
        return total
    }

    /// Adds every pair that shares a band to `pairs`, once: in the first band they share.
    ///
    /// Two buckets merged by a 32-bit key collision only add candidates that verification
    /// rejects. When `isNew` is given, only pairs with at least one new item are added, and
    /// buckets without new items are skipped whole; when new items are few (pull-request mode),
    /// a band is not even sorted: only the items in the buckets of new items are gathered.
    /// `pieces` overrides how many threads enumerate the bands (tests compare 1 with several).
    func addCandidatePairs(to pairs: inout CandidatePairs, isNew: [Bool]?, pieces: Int? = nil) {
        let newItems = isNew.map { isNew in items.filter { isNew[$0] } }
        let gathersNewBuckets = newItems.map { $0.count * 8 < items.count } ?? false
        let gate = pairs.gate
        if isNew == nil && gate == nil {
            // The estimate is quadratic in the largest bucket: capped, the buffer grows past it
            // when the pairs are really there. With a gate, few pairs are kept.
            pairs.reserveCapacity(additional: min(pairCountEstimate(), Self.reservedPairsPerItem * items.count))
        }
        let pieceCount = isNew == nil ? pieces ?? WorkPool.pieceCount(items.count, perPiece: Self.itemsPerPiece, perCore: 4) : 1
        guard pieceCount > 1 else {
            var members: [PairGate.Item] = []
            for band in 0..<Self.bandCount {
                let keptKeys = gathersNewBuckets ? newItems.map { items in bandKeys.withUnsafeBufferPointer { keys in Set(items.map { keys[$0 * Self.bandCount + band] }) } } : nil
                addPairs(of: band, keptKeys: keptKeys, isNew: isNew, gate: gate, members: &members) { pairs.appendAdmitted($0, $1) }
            }
            return
        }
        // Bands are independent: each piece enumerates every `pieceCount`-th band and hands its
        // pairs over in batches, so their memory stays bounded.
        let shared = SharedPairs(pairs)
        pairs = CandidatePairs(itemCount: 0) { _ in }
        WorkPool.shared.forEach(count: pieceCount) { piece in
            var members: [PairGate.Item] = []
            var batch = SharedPairs.Batch(shared)
            for band in stride(from: piece, to: Self.bandCount, by: pieceCount) {
                addPairs(of: band, keptKeys: nil, isNew: nil, gate: gate, members: &members) { batch.append($0, $1) }
            }
            batch.flush()
        }
        pairs = shared.take()
    }

    /// Below this many items a second thread costs more than it saves.
    static let itemsPerPiece = 20_000

    /// The pairs of the buckets of `band` (see `addCandidatePairs`), given to `emit`.
    private func addPairs(of band: Int, keptKeys: Set<UInt32>?, isNew: [Bool]?, gate: PairGate?, members: inout [PairGate.Item],
                          emit: (Int, Int) -> Void) {
        bandKeys.withUnsafeBufferPointer { keys in
            entries(of: band, keptKeys: keptKeys).withUnsafeBufferPointer { entries in
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
                    // The gate's data of the bucket's members, fetched once per bucket rather
                    // than per pair: buckets of one template hold thousands of texts.
                    if let gate {
                        members.removeAll(keepingCapacity: true)
                        for p in runStart..<runEnd { members.append(gate.item(Int(truncatingIfNeeded: entries[p] & 0xFFFF_FFFF))) }
                    }
                    for p in runStart..<runEnd {
                        let first = Int(truncatingIfNeeded: entries[p] & 0xFFFF_FFFF)
                        for q in (p + 1)..<runEnd {
                            let second = Int(truncatingIfNeeded: entries[q] & 0xFFFF_FFFF)
                            if let isNew, !isNew[first] && !isNew[second] { continue }
                            // The gate first: it rejects most pairs, reading less than the earlier bands' keys.
                            if let gate, !gate.passes(members[p - runStart], members[q - runStart]) { continue }
                            if Self.collideEarlier(first, second, before: band, keys: keys) { continue }
                            emit(first, second)
                        }
                    }
                }
            }
        }
    }
}
