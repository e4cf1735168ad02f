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
        var table = CodeTable(capacityFor: corpus.shingles.count)
        // Each feature counts once per text it is in, and once more per copy of that text the
        // search left out (IdenticalTexts): weights are those of the whole collection.
        var slotOfShingle = [Int]()
        slotOfShingle.reserveCapacity(corpus.shingles.count)
        for item in 0..<corpus.count {
            let copies = corpus.copies(of: item)
            for code in corpus.shingles(of: item) { slotOfShingle.append(table.slot(of: code, occurrences: copies)) }
        }
        // Counts decide the order; the code breaks ties so the ranking is the same on every run.
        // Sorting plain tuples: a comparator reading the table's arrays retained them per call.
        var slotsByRarity = table.occupiedSlots.map { (count: table.counts[$0], code: table.codes[$0], slot: $0) }
        slotsByRarity.sort { ($0.count, $0.code) < ($1.count, $1.code) }
        var rankOfSlot = [Int32](repeating: 0, count: table.codes.count)
        for (rank, entry) in slotsByRarity.enumerated() { rankOfSlot[entry.slot] = Int32(rank) }
        ranks = slotOfShingle.map { rankOfSlot[$0] }
        offsets = corpus.shingleOffsets
        distinctBigrams = slotsByRarity.count
        let itemCount = Double(corpus.textCount)
        weights = slotsByRarity.map { entry in
            if Shingling.isIntentCode(entry.code) { return 0 }
            let weight = Self.inverseDocumentFrequency(count: Double(entry.count), itemCount: itemCount)
            // A word says as much as the few bigrams of a Chinese term: ".NET的垃圾回收" and
            // "Java的垃圾回收" differ in one word against five shared bigrams.
            return entry.code & Shingling.wordTag != 0 ? weight * Self.wordWeightFactor : weight
        }
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
/// a `Dictionary` on a corpus of a million bigrams.
private struct CodeTable {
    private static let empty = UInt64.max
    private(set) var codes: [UInt64]
    private(set) var counts: [Int32]
    private(set) var occupiedSlots: [Int] = []
    private let mask: Int

    init(capacityFor elementCount: Int) {
        var capacity = 16
        while capacity < elementCount * 2 { capacity <<= 1 }
        codes = [UInt64](repeating: Self.empty, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The slot of `code`, counting `occurrences` more occurrences of it.
    mutating func slot(of code: UInt64, occurrences: Int32 = 1) -> Int {
        var slot = Int(truncatingIfNeeded: StableHash.mix64(code)) & mask
        while codes[slot] != code {
            if codes[slot] == Self.empty {
                codes[slot] = code
                occupiedSlots.append(slot)
                break
            }
            slot = (slot + 1) & mask
        }
        counts[slot] += occurrences
        return slot
    }
}
