import IQConcurrency
import Foundation

/// Exact search for pairs where the smaller bigram set lies (almost) inside the larger one,
/// whatever their Jaccard similarity: "LoRA" inside "LoRA和QLoRA的区别".
///
/// If `|X ∩ Y| ≥ o = ceil(c·|X|)`, Y misses at most `|X| - o` bigrams of X, so it holds at least
/// two of the first `|X| - o + 2` ranks of X. X counts hits over those posting lists of an
/// index of every bigram of every set; requiring two hits rather than one keeps short English
/// words, made of common bigrams, from pairing with every text that shares one of them.
struct ContainmentJoin {
    let minimumContainment: Double
    private let ranking: BigramRanking
    /// 32-bit: one per distinct bigram, and a bank of random titles has tens of millions.
    private let postingOffsets: [Int32]
    private let postings: [Int32]

    init(ranking: BigramRanking, minimumContainment: Double) {
        self.minimumContainment = minimumContainment
        self.ranking = ranking
        precondition(ranking.ranks.count < Int(Int32.max), "more bigrams than a 32-bit offset can address")
        var offsets = [Int32](repeating: 0, count: ranking.distinctBigrams + 1)
        for rank in ranking.ranks { offsets[Int(rank) + 1] += 1 }
        for rank in 0..<ranking.distinctBigrams { offsets[rank + 1] += offsets[rank] }
        var postings = [Int32](repeating: 0, count: Int(offsets.last ?? 0))
        // Each list's start serves as its fill cursor, and ends at the next list's start: shifted
        // by one afterwards, the offsets are starts again (no second array of cursors).
        for item in 0..<ranking.count {
            for rank in ranking.ranks(of: item) {
                postings[Int(offsets[Int(rank)])] = Int32(item)
                offsets[Int(rank)] += 1
            }
        }
        if ranking.distinctBigrams > 0 {
            for rank in stride(from: ranking.distinctBigrams, to: 0, by: -1) { offsets[rank] = offsets[rank - 1] }
            offsets[0] = 0
        }
        postingOffsets = offsets
        self.postings = postings
    }

    /// Adds the pairs where the set of an item with `isProbe` true may be contained in the other.
    ///
    /// With `isNew` and few new items (pull-request mode), only pairs with a new item are
    /// searched: new probes against every item, then every probe against the new items only,
    /// which finds the same pairs as probing everything and dropping pairs of two old items.
    /// Otherwise the probes are cut into `pieces` (nil: as many as the corpus is worth), each
    /// with hit counters of its own.
    func addCandidatePairs(to pairs: inout CandidatePairs, isProbe: @escaping @Sendable (Int) -> Bool, isNew: [Bool]?, pieces: Int? = nil) {
        let all = PostingLists(offsets: postingOffsets, items: postings)
        if let isNew, isNew.count(where: { $0 }) * 8 < isNew.count {
            let hits = ProbeHits.buffer(for: ranking)
            defer { hits.deallocate() }
            let newItems = isNew.indices.filter { isNew[$0] }
            for item in newItems where ranking.size(of: item) > 0 && isProbe(item) {
                probe(item, lists: all, hits: hits) { pairs.append($0, $1) }
            }
            var newLists = NewItemPostingLists()
            for item in newItems {
                for rank in ranking.ranks(of: item) { newLists.lists[rank, default: []].append(Int32(item)) }
            }
            for item in 0..<ranking.count where !isNew[item] && ranking.size(of: item) > 0 && isProbe(item) {
                probe(item, lists: newLists, hits: hits) { pairs.append($0, $1) }
            }
            return
        }
        let pieceCount = max(1, pieces ?? WorkPool.pieceCount(ranking.count, perPiece: Self.itemsPerPiece, perCore: 2))
        // Piece `p` probes items p, p + pieces, …: probes cost about the same anywhere in a bank.
        @Sendable func probeItems(of piece: Int, add: (Int, Int) -> Void) {
            let hits = ProbeHits.buffer(for: ranking)
            defer { hits.deallocate() }
            for item in stride(from: piece, to: ranking.count, by: pieceCount) where ranking.size(of: item) > 0 && isProbe(item) {
                probe(item, lists: all, hits: hits) { a, b in
                    if isNew.map({ $0[a] || $0[b] }) ?? true { add(a, b) }
                }
            }
        }
        guard pieceCount > 1 else {
            probeItems(of: 0) { pairs.append($0, $1) }
            return
        }
        let gate = pairs.gate
        let shared = SharedPairs(pairs)
        pairs = CandidatePairs(itemCount: 0) { _ in }
        WorkPool.shared.forEach(count: pieceCount) { piece in
            var batch = SharedPairs.Batch(shared)
            probeItems(of: piece) { a, b in
                if gate?.passes(a, b) ?? true { batch.append(min(a, b), max(a, b)) }
            }
            batch.flush()
        }
        pairs = shared.take()
    }

    /// Below this many items a second thread costs more than it saves (a piece clears hit
    /// counters for every item).
    static let itemsPerPiece = 20_000

    /// Counts, for the prefix ranks of `item`, the hits of each item in `lists`, and hands over
    /// the pairs where `item`'s set may lie inside the other's.
    @inline(__always)
    private func probe<Lists: PostingSource>(
        _ item: Int, lists: Lists, hits: UnsafeMutableBufferPointer<ProbeHits>, add: (Int, Int) -> Void
    ) {
        let ranks = ranking.ranks(of: item)
        let size = ranks.count
        let requiredOverlap = Int(ceil(minimumContainment * Double(size) - 1e-9))
        let requiredHits: Int32 = requiredOverlap >= 2 ? 2 : 1
        let probe = Int32(truncatingIfNeeded: item)
        for rank in ranks.prefix(size - requiredOverlap + Int(requiredHits)) {
            for partner in lists.items(of: rank) {
                let other = Int(partner)
                if hits[other].probe != probe {
                    hits[other].probe = probe
                    hits[other].count = 0
                }
                hits[other].count &+= 1
                guard hits[other].count == requiredHits else { continue }
                // Equal sizes are found from both sides; keep the probe from the smaller index.
                let otherSize = hits[other].size == ProbeHits.largeSize ? ranking.size(of: other) : Int(hits[other].size)
                guard otherSize > size || (otherSize == size && other > item) else { continue }
                add(item, other)
            }
        }
    }
}

/// How many prefix ranks of `probe` an item shares, counted while `probe` is probed.
private struct ProbeHits {
    var probe: Int32 = -1
    var count: Int32 = 0
    /// The item's set size, or `largeSize` for a set too large to hold here.
    let size: UInt32

    static let largeSize = UInt32.max

    init(size: Int) {
        self.size = size < Int(Self.largeSize) ? UInt32(size) : Self.largeSize
    }

    /// Counters for every item of `ranking`, in raw memory: an array checked its uniqueness on
    /// every hit. The caller deallocates.
    static func buffer(for ranking: BigramRanking) -> UnsafeMutableBufferPointer<ProbeHits> {
        let hits = UnsafeMutableBufferPointer<ProbeHits>.allocate(capacity: ranking.count)
        for item in 0..<ranking.count { hits.initializeElement(at: item, to: ProbeHits(size: ranking.size(of: item))) }
        return hits
    }
}

private protocol PostingSource {
    func items(of rank: Int32) -> ArraySlice<Int32>
}

/// Every item's postings, one flat buffer.
private struct PostingLists: PostingSource {
    let offsets: [Int32]
    let items: [Int32]

    @inline(__always)
    func items(of rank: Int32) -> ArraySlice<Int32> {
        items[Int(offsets[Int(rank)])..<Int(offsets[Int(rank) + 1])]
    }
}

/// The postings of a few new items, by rank.
private struct NewItemPostingLists: PostingSource {
    var lists: [Int32: [Int32]] = [:]

    func items(of rank: Int32) -> ArraySlice<Int32> {
        lists[rank].map { $0[...] } ?? []
    }
}
