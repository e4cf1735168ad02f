/// Every bigram set rewritten as ascending ranks, rank 0 being the rarest bigram of the corpus,
/// all sets in one flat buffer with the corpus's shingle offsets.
///
/// Prefix filters probe only the first few ranks of a set; rare bigrams have short posting
/// lists, so putting them first keeps the joins fast.
struct BigramRanking {
    private(set) var ranks: [Int32]
    let offsets: [Int]
    let distinctBigrams: Int

    var count: Int { offsets.count - 1 }

    func size(of item: Int) -> Int { offsets[item + 1] - offsets[item] }

    func ranks(of item: Int) -> ArraySlice<Int32> { ranks[offsets[item]..<offsets[item + 1]] }

    init(_ corpus: ShingledCorpus) {
        // Two passes, count then look up, so the table can grow with the distinct bigrams
        // instead of being sized for every bigram occurrence (gigabytes on a 100 MB bank).
        var table = CodeTable(capacityFor: min(corpus.shingles.count, 1 << 16))
        for code in corpus.shingles { table.count(code) }
        // Counts decide the order; the code breaks ties so the ranking is the same on every run.
        // Sorting plain tuples: a comparator reading the table's arrays retained them per call.
        var slotsByRarity = table.occupiedSlots.map { (count: table.counts[$0], code: table.codes[$0], slot: $0) }
        slotsByRarity.sort { ($0.count, $0.code) < ($1.count, $1.code) }
        var rankOfSlot = [Int32](repeating: 0, count: table.codes.count)
        for (rank, entry) in slotsByRarity.enumerated() { rankOfSlot[entry.slot] = Int32(rank) }
        distinctBigrams = slotsByRarity.count
        slotsByRarity = []
        ranks = corpus.shingles.map { rankOfSlot[table.slot(of: $0)] }
        offsets = corpus.shingleOffsets
        ranks.withUnsafeMutableBufferPointer { ranks in
            for item in 0..<corpus.count {
                var set = UnsafeMutableBufferPointer(rebasing: ranks[offsets[item]..<offsets[item + 1]])
                set.sort()
            }
        }
    }
}

/// Open-addressing counter of bigram codes: the ranking's hot loop, several times faster than
/// a `Dictionary` on a corpus of a million bigrams. It doubles when half full.
private struct CodeTable {
    private static let empty = UInt64.max
    private(set) var codes: [UInt64]
    private(set) var counts: [Int32]
    private(set) var occupiedSlots: [Int] = []
    private var mask: Int

    init(capacityFor elementCount: Int) {
        var capacity = 16
        while capacity < elementCount * 2 { capacity <<= 1 }
        codes = [UInt64](repeating: Self.empty, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// Counts one more occurrence of `code`.
    mutating func count(_ code: UInt64) {
        if occupiedSlots.count * 2 >= codes.count { grow() }
        var slot = Int(truncatingIfNeeded: StableHash.mix64(code)) & mask
        while codes[slot] != code {
            if codes[slot] == Self.empty {
                codes[slot] = code
                occupiedSlots.append(slot)
                break
            }
            slot = (slot + 1) & mask
        }
        counts[slot] += 1
    }

    /// The slot of a counted `code`.
    func slot(of code: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: StableHash.mix64(code)) & mask
        while codes[slot] != code { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let oldCodes = codes, oldCounts = counts, oldSlots = occupiedSlots
        codes = [UInt64](repeating: Self.empty, count: oldCodes.count * 2)
        counts = [Int32](repeating: 0, count: oldCodes.count * 2)
        mask = codes.count - 1
        occupiedSlots = []
        occupiedSlots.reserveCapacity(oldSlots.count * 2)
        for old in oldSlots {
            var slot = Int(truncatingIfNeeded: StableHash.mix64(oldCodes[old])) & mask
            while codes[slot] != Self.empty { slot = (slot + 1) & mask }
            codes[slot] = oldCodes[old]
            counts[slot] = oldCounts[old]
            occupiedSlots.append(slot)
        }
    }
}
