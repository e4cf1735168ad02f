import Foundation

/// Exact search for pairs where the smaller bigram set lies (almost) inside the larger one,
/// whatever their Jaccard similarity: "LoRA" inside "LoRA和QLoRA的区别".
///
/// If `|X ∩ Y| ≥ c·|X|`, then Y contains at least one of the first `|X| - ceil(c·|X|) + 1`
/// ranks of X, so X probes only that prefix against an index of every bigram of every set.
struct ContainmentJoin {
    let minimumContainment: Double
    private let ranking: BigramRanking
    private let postingOffsets: [Int]
    private let postings: [Int32]

    init(ranking: BigramRanking, minimumContainment: Double) {
        self.minimumContainment = minimumContainment
        self.ranking = ranking
        var offsets = [Int](repeating: 0, count: ranking.distinctBigrams + 1)
        for rank in ranking.ranks { offsets[Int(rank) + 1] += 1 }
        for rank in 0..<ranking.distinctBigrams { offsets[rank + 1] += offsets[rank] }
        var fill = offsets
        var postings = [Int32](repeating: 0, count: offsets.last ?? 0)
        for item in 0..<ranking.count {
            for rank in ranking.ranks(of: item) {
                postings[fill[Int(rank)]] = Int32(item)
                fill[Int(rank)] += 1
            }
        }
        postingOffsets = offsets
        self.postings = postings
    }

    /// Pairs `smaller item << 32 | larger item` where the set of an item with `isProbe` true is
    /// contained in the other; each pair once, in no particular order.
    func candidatePairs(isProbe: (Int) -> Bool, isNew: [Bool]?) -> [UInt64] {
        var pairs: [UInt64] = []
        var lastProbe = [Int](repeating: -1, count: ranking.count)
        for item in 0..<ranking.count where ranking.size(of: item) > 0 && isProbe(item) {
            let ranks = ranking.ranks(of: item)
            let size = ranks.count
            let prefixLength = size - Int(ceil(minimumContainment * Double(size) - 1e-9)) + 1
            for rank in ranks.prefix(prefixLength) {
                for partner in postings[postingOffsets[Int(rank)]..<postingOffsets[Int(rank) + 1]] {
                    let other = Int(partner)
                    // Equal sizes are found from both sides; keep the probe from the smaller index.
                    let otherSize = ranking.size(of: other)
                    guard otherSize > size || (otherSize == size && other > item), lastProbe[other] != item else { continue }
                    lastProbe[other] = item
                    if let isNew, !isNew[item] && !isNew[other] { continue }
                    pairs.append(UInt64(min(item, other)) << 32 | UInt64(max(item, other)))
                }
            }
        }
        return pairs
    }
}
