import Foundation

/// Exact all-pairs similarity join with prefix and length filtering (Bayardo et al., "Scaling
/// up all pairs similarity search", 2007).
///
/// Bigrams are ranked rarest first; two sets with Jaccard ≥ t must share a bigram within the
/// first `n - ceil(t·n) + 1` ranks of each, so only those prefixes are indexed and probed.
/// Finds every pair at or above `minimumJaccard`: the reference the MinHash index is measured by.
struct PrefixFilterJoin {
    let minimumJaccard: Double
    let ranking: BigramRanking

    /// Adds every pair that shares a prefix bigram and passes the length filter.
    func addCandidatePairs(to pairs: inout CandidatePairs, isNew: [Bool]?) {
        let order = (0..<ranking.count).filter { ranking.size(of: $0) > 0 }
            .sorted { (ranking.size(of: $0), $0) < (ranking.size(of: $1), $1) }
        var postings = [[Int32]](repeating: [], count: ranking.distinctBigrams)
        var postingStarts = [Int](repeating: 0, count: postings.count)
        var lastProbe = [Int](repeating: -1, count: ranking.count)
        for item in order {
            let ranks = ranking.ranks(of: item)
            let size = ranks.count
            let smallestPartnerSize = Int(ceil(minimumJaccard * Double(size) - 1e-9))
            let prefixLength = max(0, size - smallestPartnerSize + 1)
            for rank in ranks.prefix(prefixLength) {
                // Postings are in ascending size, so partners too small for this item never fit later ones.
                while postingStarts[Int(rank)] < postings[Int(rank)].count,
                      ranking.size(of: Int(postings[Int(rank)][postingStarts[Int(rank)]])) < smallestPartnerSize {
                    postingStarts[Int(rank)] += 1
                }
                for partner in postings[Int(rank)][postingStarts[Int(rank)]...] {
                    let other = Int(partner)
                    guard lastProbe[other] != item else { continue }
                    lastProbe[other] = item
                    if let isNew, !isNew[item] && !isNew[other] { continue }
                    pairs.append(item, other)
                }
            }
            for rank in ranks.prefix(prefixLength) { postings[Int(rank)].append(Int32(item)) }
        }
    }
}
