/// Texts whose normalised forms and intents are identical, grouped so that the search runs once
/// per distinct text. The spaces between words do not count: `Spark调优|SparkSQL参数调优` and
/// `Spark调优 | Spark SQL参数调优` are one title written twice.
///
/// A bank that repeats questions makes every pair of copies a duplicate: a thousand copies are
/// half a million pairs, which is quadratic time and memory in the search and in its output.
/// The search sees one representative per group instead, and each copy is then paired with at
/// most `earlierPartnerLimit` earlier copies (the earliest ones, which reports show first).
struct IdenticalTexts {
    /// Members of each group, ascending; groups are ordered by their first member.
    let groups: [[Int]]
    let hasRepeats: Bool

    init(corpus: ShingledCorpus) {
        var firstOfHash: [UInt64: Int] = [:]
        firstOfHash.reserveCapacity(corpus.count)
        var groupOf = [Int](repeating: -1, count: corpus.count)
        var groups: [[Int]] = []
        for item in 0..<corpus.count {
            let text = Self.withoutSpaces(corpus.normalized(item))
            // The intent is part of the text: "为什么需要LoRA" is not a copy of "需要LoRA".
            // So are its numbers, which spaces separate: "GPT 3.5" is not "GPT 35".
            let hash = StableHash.fnv1a(text) ^ StableHash.mix64(UInt64(corpus.intents[item].rawValue)) ^ corpus.numberFingerprints[item]
            if let first = firstOfHash[hash], Self.withoutSpaces(corpus.normalized(first)).elementsEqual(text),
               corpus.intents[first] == corpus.intents[item], corpus.numberFingerprints[first] == corpus.numberFingerprints[item] {
                groups[groupOf[first]].append(item)
                groupOf[item] = groupOf[first]
            } else {
                // A hash collision keeps the later text in a group of its own: still correct,
                // only not collapsed.
                if firstOfHash[hash] == nil { firstOfHash[hash] = item }
                groupOf[item] = groups.count
                groups.append([item])
            }
        }
        self.groups = groups
        hasRepeats = groups.count < corpus.count
    }

    private static func withoutSpaces(_ text: ArraySlice<UInt32>) -> LazyFilterSequence<ArraySlice<UInt32>> {
        text.lazy.filter { $0 != 0x20 }
    }

    var representatives: [Int] { groups.map { $0[0] } }

    /// The pairs of the original texts: copies of one text with each other, and every pair
    /// found between two representatives carried over to their copies; each text gets at most
    /// `earlierPartnerLimit` earlier partners per group it pairs with.
    func expand(_ found: [DuplicatePair], corpus: ShingledCorpus, isNew: [Bool]?, earlierPartnerLimit: Int) -> [DuplicatePair] {
        var pairs: [DuplicatePair] = []
        func add(_ a: Int, _ b: Int, like pair: DuplicatePair) {
            if let isNew, !isNew[a] && !isNew[b] { return }
            pairs.append(DuplicatePair(a: a, b: b, jaccard: pair.jaccard, containment: pair.containment, kind: pair.kind))
        }
        for members in groups where members.count > 1 && corpus.shingleCount(of: members[0]) > 0 {
            let exact = DuplicatePair(a: 0, b: 0, jaccard: 1, containment: 1, kind: .exact)
            for (index, later) in members.enumerated().dropFirst() {
                for earlier in members.prefix(min(index, earlierPartnerLimit)) { add(earlier, later, like: exact) }
            }
        }
        for pair in found {
            let first = groups[pair.a], second = groups[pair.b]
            for later in second {
                for earlier in first.prefix(while: { $0 < later }).prefix(earlierPartnerLimit) { add(earlier, later, like: pair) }
            }
            for later in first {
                for earlier in second.prefix(while: { $0 < later }).prefix(earlierPartnerLimit) { add(earlier, later, like: pair) }
            }
        }
        pairs.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        return pairs
    }
}
