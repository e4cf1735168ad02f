import Foundation

/// Every bigram set rewritten as ascending ranks, rank 0 being the rarest bigram of the corpus,
/// all sets in one flat buffer with the corpus's shingle offsets.
///
/// Prefix filters probe only the first few ranks of a set; rare bigrams have short posting
/// lists, so putting them first keeps the joins fast.
struct BigramRanking {
    private(set) var ranks: [Int32]
    let offsets: [Int]
    let distinctBigrams: Int
    /// How much sharing a feature says, by rank: its inverse document frequency. A word on every
    /// line ("interview", "面试题") weighs about 0.7, a feature of one line in a thousand about 6.
    let weights: [Double]
    /// The summed weight of each item's features.
    let totalWeights: [Double]

    var count: Int { offsets.count - 1 }

    func size(of item: Int) -> Int { offsets[item + 1] - offsets[item] }

    func ranks(of item: Int) -> ArraySlice<Int32> { ranks[offsets[item]..<offsets[item + 1]] }

    init(_ corpus: ShingledCorpus) {
        var table = CodeTable()
        // Each feature counts once per text it is in, and once more per copy of that text the
        // search left out (IdenticalTexts): weights are those of the whole collection.
        var featureOfShingle = [Int32]()
        featureOfShingle.reserveCapacity(corpus.shingles.count)
        for item in 0..<corpus.count {
            let copies = corpus.copies(of: item)
            for code in corpus.shingles(of: item) { featureOfShingle.append(table.feature(of: code, occurrences: copies)) }
        }
        // Counts decide the order, rarest first; ties keep the order of first appearance, so the
        // ranking is the same on every run. Any order gives the same pairs (the joins are exact
        // for every global order, scores do not depend on it); rare first keeps prefixes short.
        // A counting sort: a bank of random titles has tens of millions of distinct bigrams.
        // Each table goes as soon as it has served (the hash slots first, then codes and counts
        // once the weights are known): on a bank of unique titles, where nearly every bigram
        // is distinct, these tables were the largest of the whole run.
        var (codes, counts) = table.takeFeatures()
        let largestCount = Int(counts.max() ?? 0)
        var nextRankOfCount = [Int32](repeating: 0, count: largestCount + 2)
        for count in counts { nextRankOfCount[Int(count) + 1] += 1 }
        for count in 0...largestCount { nextRankOfCount[count + 1] += nextRankOfCount[count] }
        var rankOfFeature = [Int32](repeating: 0, count: codes.count)
        for feature in codes.indices {
            rankOfFeature[feature] = nextRankOfCount[Int(counts[feature])]
            nextRankOfCount[Int(counts[feature])] += 1
        }
        nextRankOfCount = []
        distinctBigrams = codes.count
        let itemCount = Double(corpus.textCount)
        var weights = [Double](repeating: 0, count: codes.count)
        for feature in codes.indices where !Shingling.isIntentCode(codes[feature]) {
            let weight = Self.inverseDocumentFrequency(count: Double(counts[feature]), itemCount: itemCount)
            // A word says as much as the few bigrams of a Chinese term: ".NET的垃圾回收" and
            // "Java的垃圾回收" differ in one word against five shared bigrams.
            weights[Int(rankOfFeature[feature])] = codes[feature] & Shingling.wordTag != 0 ? weight * Self.wordWeightFactor : weight
        }
        codes = []
        counts = []
        self.weights = weights
        // Rewritten in place: one array of a few bytes per shingle instead of two.
        for index in featureOfShingle.indices { featureOfShingle[index] = rankOfFeature[Int(featureOfShingle[index])] }
        rankOfFeature = []
        ranks = featureOfShingle
        featureOfShingle = []
        offsets = corpus.shingleOffsets
        let itemOffsets = corpus.shingleOffsets
        ranks.withUnsafeMutableBufferPointer { ranks in
            for item in 0..<corpus.count {
                var set = UnsafeMutableBufferPointer(rebasing: ranks[itemOffsets[item]..<itemOffsets[item + 1]])
                set.sort()
            }
        }
        let featureWeights = weights
        totalWeights = ranks.withUnsafeBufferPointer { ranks in
            (0..<corpus.count).map { item in
                var total = 0.0
                for index in itemOffsets[item]..<itemOffsets[item + 1] { total += featureWeights[Int(ranks[index])] }
                return total
            }
        }
    }

    static let wordWeightFactor = 2.0

    /// `ln(1 + (N + 20) / (df + 1))`: the 20 stands for the background of a typical bank, so
    /// that in a collection of three questions sharing a word is not read as a strong sign.
    static func inverseDocumentFrequency(count: Double, itemCount: Double) -> Double {
        log(1 + (itemCount + 20) / (count + 1))
    }
}

/// Open-addressing counter of bigram codes: the ranking's hot loop, several times faster than
/// a `Dictionary` on a corpus of a million bigrams. Each distinct code gets a dense feature
/// number in order of first appearance; the slots hold those numbers and grow with the distinct
/// codes (sized for every shingle, the slots took 800 MB on a 100 MB bank).
private struct CodeTable {
    private static let emptySlot: Int32 = -1
    /// Code and count of each feature.
    private(set) var codes: [UInt64] = []
    private(set) var counts: [Int32] = []
    private var slots = [Int32](repeating: emptySlot, count: 1 << 12)
    private var mask = (1 << 12) - 1

    /// The codes and counts, leaving the table empty (its slots freed).
    mutating func takeFeatures() -> (codes: [UInt64], counts: [Int32]) {
        defer { self = CodeTable() }
        return (codes, counts)
    }

    /// The feature of `code`, counting `occurrences` more occurrences of it.
    mutating func feature(of code: UInt64, occurrences: Int32 = 1) -> Int32 {
        var slot = Int(truncatingIfNeeded: StableHash.mix64(code)) & mask
        while true {
            let feature = slots[slot]
            if feature == Self.emptySlot { break }
            if codes[Int(feature)] == code {
                counts[Int(feature)] += occurrences
                return feature
            }
            slot = (slot + 1) & mask
        }
        let feature = Int32(codes.count)
        codes.append(code)
        counts.append(occurrences)
        slots[slot] = feature
        // At most half full, so probes stay short.
        if codes.count * 2 > slots.count { grow() }
        return feature
    }

    private mutating func grow() {
        slots = [Int32](repeating: Self.emptySlot, count: slots.count * 2)
        mask = slots.count - 1
        for (feature, code) in codes.enumerated() {
            var slot = Int(truncatingIfNeeded: StableHash.mix64(code)) & mask
            while slots[slot] != Self.emptySlot { slot = (slot + 1) & mask }
            slots[slot] = Int32(feature)
        }
    }
}
