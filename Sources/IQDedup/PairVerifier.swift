/// Computes exact scores for candidate pairs and decides whether and how each is reported.
struct PairVerifier {
    let corpus: ShingledCorpus
    /// Bigram sets as ranks: the same sets as the codes, in half the memory, so more stay in cache.
    let ranking: BigramRanking
    let configuration: DedupConfiguration

    /// The reported pairs among `candidates` (`a << 32 | b`), in candidate order.
    func verify(_ candidates: [UInt64]) -> [DuplicatePair] {
        let threshold = configuration.threshold
        var found: [DuplicatePair] = []
        ranking.ranks.withUnsafeBufferPointer { shingles in
            ranking.offsets.withUnsafeBufferPointer { offsets in
                for candidate in candidates {
                    let a = Int(truncatingIfNeeded: candidate >> 32)
                    let b = Int(truncatingIfNeeded: candidate & 0xFFFF_FFFF)
                    let setA = UnsafeBufferPointer(rebasing: shingles[offsets[a]..<offsets[a + 1]])
                    let setB = UnsafeBufferPointer(rebasing: shingles[offsets[b]..<offsets[b + 1]])
                    guard !setA.isEmpty, !setB.isEmpty else { continue }
                    // Jaccard t needs |A ∩ B| ≥ t·(|A|+|B|)/(1+t), containment c needs c·min(|A|,|B|):
                    // a merge stops as soon as neither is reachable.
                    var required = Int((threshold * Double(setA.count + setB.count) / (1 + threshold) - 1e-9).rounded(.up))
                    if isLongEnoughForContainment(a, b) {
                        required = min(required, Int((configuration.containment * Double(min(setA.count, setB.count)) - 1e-9).rounded(.up)))
                    }
                    guard required <= min(setA.count, setB.count),
                          let shared = Self.intersectionCount(setA, setB, atLeast: required) else { continue }
                    if let pair = classify(a, b, shared: shared, sizeA: setA.count, sizeB: setB.count) {
                        found.append(pair)
                    }
                }
            }
        }
        return found
    }

    private func classify(_ a: Int, _ b: Int, shared: Int, sizeA: Int, sizeB: Int) -> DuplicatePair? {
        let union = sizeA + sizeB - shared
        let smaller = min(sizeA, sizeB)
        let kind: DuplicateKind
        // "llama2" and "llama3" (or "7B" and "13B") ask about different things however similar.
        let numbersAllowSimilarity = !configuration.numbersMustMatch
            || corpus.numberFingerprints[a] == corpus.numberFingerprints[b]
        if shared == sizeA && shared == sizeB && corpus.normalized(a) == corpus.normalized(b) {
            kind = .exact
        } else if numbersAllowSimilarity, Double(shared) >= configuration.threshold * Double(union) - 1e-9 {
            kind = .similar
        } else if Double(shared) >= configuration.containment * Double(smaller) - 1e-9, isLongEnoughForContainment(a, b) {
            kind = .contained
        } else {
            return nil
        }
        return DuplicatePair(
            a: a, b: b,
            jaccard: Double(shared) / Double(union),
            containment: Double(shared) / Double(smaller),
            kind: kind
        )
    }

    func isLongEnoughForContainment(_ a: Int, _ b: Int) -> Bool {
        Int(min(corpus.characterCounts[a], corpus.characterCounts[b])) >= configuration.minContainmentLength
    }

    /// Size of the intersection of two ascending, duplicate-free sets, or nil as soon as it can
    /// no longer reach `atLeast`.
    static func intersectionCount(
        _ x: UnsafeBufferPointer<Int32>, _ y: UnsafeBufferPointer<Int32>, atLeast required: Int
    ) -> Int? {
        var i = 0, j = 0, shared = 0
        while i < x.count && j < y.count {
            let left = x[i], right = y[j]
            shared &+= left == right ? 1 : 0
            i &+= left <= right ? 1 : 0
            j &+= right <= left ? 1 : 0
            if shared + min(x.count - i, y.count - j) < required { return nil }
        }
        return shared >= required ? shared : nil
    }
}
