import Foundation

/// Exact all-pairs similarity join with prefix and length filtering (Bayardo et al., "Scaling
/// up all pairs similarity search", 2007).
///
/// Bigrams are ranked rarest first; two sets with Jaccard ≥ t must share a bigram within the
/// first `n - ceil(t·n) + 1` ranks of each, so only those prefixes are indexed and probed.
/// Finds every pair at or above `minimumJaccard`: the reference the MinHash index is measured by.
struct PrefixFilterJoin {
    let minimumJaccard: Double
    private let rankedSets: [[Int32]]

    init(corpus: ShingledCorpus, minimumJaccard: Double) {
        self.minimumJaccard = minimumJaccard
        rankedSets = Self.rankRarestFirst(corpus)
    }

    func forEachCandidate(isNew: [Bool]?, _ body: (Int, Int) -> Void) {
        let order = rankedSets.indices.filter { !rankedSets[$0].isEmpty }
            .sorted { (rankedSets[$0].count, $0) < (rankedSets[$1].count, $1) }
        var postings = [[Int32]](repeating: [], count: rankedSets.reduce(0) { max($0, Int($1.last ?? -1) + 1) })
        var postingStarts = [Int](repeating: 0, count: postings.count)
        var lastProbe = [Int](repeating: -1, count: rankedSets.count)
        for item in order {
            let ranks = rankedSets[item]
            let size = ranks.count
            let smallestPartnerSize = Int(ceil(minimumJaccard * Double(size) - 1e-9))
            let prefixLength = size - smallestPartnerSize + 1
            for rank in ranks.prefix(prefixLength) {
                // Postings are in ascending size, so partners too small for this item never fit later ones.
                while postingStarts[Int(rank)] < postings[Int(rank)].count,
                      rankedSets[Int(postings[Int(rank)][postingStarts[Int(rank)]])].count < smallestPartnerSize {
                    postingStarts[Int(rank)] += 1
                }
                for partner in postings[Int(rank)][postingStarts[Int(rank)]...] {
                    let other = Int(partner)
                    guard lastProbe[other] != item else { continue }
                    lastProbe[other] = item
                    if let isNew, !isNew[item] && !isNew[other] { continue }
                    body(min(item, other), max(item, other))
                }
            }
            for rank in ranks.prefix(prefixLength) { postings[Int(rank)].append(Int32(item)) }
        }
    }

    /// Each set as ascending ranks, rank 0 being the rarest bigram of the corpus.
    private static func rankRarestFirst(_ corpus: ShingledCorpus) -> [[Int32]] {
        var frequency: [UInt64: Int32] = [:]
        for code in corpus.shingles { frequency[code, default: 0] += 1 }
        let byRarity = frequency.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        var rank: [UInt64: Int32] = [:]
        rank.reserveCapacity(byRarity.count)
        for (position, entry) in byRarity.enumerated() { rank[entry.key] = Int32(position) }
        return (0..<corpus.count).map { item in corpus.shingles(of: item).map { rank[$0]! }.sorted() }
    }
}
