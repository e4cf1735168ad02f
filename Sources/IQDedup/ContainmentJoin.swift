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

    /// Adds the pairs where the set of an item with `isProbe` true may be contained in the other.
    func addCandidatePairs(to pairs: inout CandidatePairs, isProbe: (Int) -> Bool, isNew: [Bool]?) {
        var lastProbe = [Int](repeating: -1, count: ranking.count)
        var hits = [Int32](repeating: 0, count: ranking.count)
        for item in 0..<ranking.count where ranking.size(of: item) > 0 && isProbe(item) {
            let ranks = ranking.ranks(of: item)
            let size = ranks.count
            let requiredOverlap = Int(ceil(minimumContainment * Double(size) - 1e-9))
            let requiredHits = requiredOverlap >= 2 ? 2 : 1
            for rank in ranks.prefix(size - requiredOverlap + requiredHits) {
                for partner in postings[postingOffsets[Int(rank)]..<postingOffsets[Int(rank) + 1]] {
                    let other = Int(partner)
                    if lastProbe[other] != item {
                        lastProbe[other] = item
                        hits[other] = 0
                    }
                    hits[other] += 1
                    guard hits[other] == requiredHits else { continue }
                    // Equal sizes are found from both sides; keep the probe from the smaller index.
                    let otherSize = ranking.size(of: other)
                    guard otherSize > size || (otherSize == size && other > item) else { continue }
                    if let isNew, !isNew[item] && !isNew[other] { continue }
                    pairs.append(item, other)
                }
            }
        }
    }
}
