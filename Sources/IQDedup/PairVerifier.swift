/// Computes scores for candidate pairs and decides whether and how each is reported.
///
/// Every feature weighs what its rarity in the collection says (``BigramRanking/weights``):
/// the reported Jaccard similarity and containment are weighted, so two questions that share only
/// "interview questions" are far apart. Two cheap gates come first: the intents must match, and
/// the plain (unweighted) overlap must reach the candidate threshold, or the containment, so
/// that every reported pair is one the candidate searches are built to find.
struct PairVerifier {
    let corpus: ShingledCorpus
    /// Feature sets as ranks: the same sets as the codes, in half the memory, so more stay in cache.
    let ranking: BigramRanking
    let configuration: DedupConfiguration

    /// The reported pairs among `candidates` (`a << 32 | b`), in candidate order.
    func verify(_ candidates: [UInt64]) -> [DuplicatePair] {
        let floor = min(configuration.candidateThreshold, configuration.threshold)
        var found: [DuplicatePair] = []
        ranking.ranks.withUnsafeBufferPointer { shingles in
            ranking.offsets.withUnsafeBufferPointer { offsets in
                ranking.weights.withUnsafeBufferPointer { weights in
                    for candidate in candidates {
                        let a = Int(truncatingIfNeeded: candidate >> 32)
                        let b = Int(truncatingIfNeeded: candidate & 0xFFFF_FFFF)
                        guard corpus.intents[a].isCompatible(with: corpus.intents[b]) else { continue }
                        let setA = UnsafeBufferPointer(rebasing: shingles[offsets[a]..<offsets[a + 1]])
                        let setB = UnsafeBufferPointer(rebasing: shingles[offsets[b]..<offsets[b + 1]])
                        guard !setA.isEmpty, !setB.isEmpty else { continue }
                        // Plain Jaccard f needs |A ∩ B| ≥ f·(|A|+|B|)/(1+f), containment c needs c·min(|A|,|B|):
                        // a merge stops as soon as neither is reachable.
                        var required = Int((floor * Double(setA.count + setB.count) / (1 + floor) - 1e-9).rounded(.up))
                        if isLongEnoughForContainment(a, b) {
                            required = min(required, Int((configuration.containment * Double(min(setA.count, setB.count)) - 1e-9).rounded(.up)))
                        }
                        guard required <= min(setA.count, setB.count),
                              let (shared, sharedWeight) = Self.intersection(setA, setB, atLeast: required, weights: weights) else { continue }
                        if let pair = classify(a, b, shared: shared, sizeA: setA.count, sizeB: setB.count, sharedWeight: sharedWeight, floor: floor) {
                            found.append(pair)
                        }
                    }
                }
            }
        }
        return found
    }

    private func classify(_ a: Int, _ b: Int, shared: Int, sizeA: Int, sizeB: Int, sharedWeight: Double, floor: Double) -> DuplicatePair? {
        let weightA = ranking.totalWeights[a], weightB = ranking.totalWeights[b]
        let jaccard = sharedWeight / (weightA + weightB - sharedWeight)
        let containment = sharedWeight / min(weightA, weightB)
        let plainJaccardReachesFloor = Double(shared) >= floor * Double(sizeA + sizeB - shared) - 1e-9
        let kind: DuplicateKind
        // "llama2" and "llama3" (or "7B" and "13B") ask about different things however similar.
        let numbersAllowSimilarity = !configuration.numbersMustMatch
            || corpus.numberFingerprints[a] == corpus.numberFingerprints[b]
        if shared == sizeA && shared == sizeB && corpus.normalized(a) == corpus.normalized(b) {
            kind = .exact
        } else if numbersAllowSimilarity, plainJaccardReachesFloor, jaccard >= configuration.threshold - 1e-9 {
            kind = .similar
        } else if containment >= configuration.containment - 1e-9, isLongEnoughForContainment(a, b),
                  plainJaccardReachesFloor || Double(shared) >= configuration.containment * Double(min(sizeA, sizeB)) - 1e-9 {
            kind = .contained
        } else {
            return nil
        }
        return DuplicatePair(a: a, b: b, jaccard: min(1, jaccard), containment: min(1, containment), kind: kind)
    }

    func isLongEnoughForContainment(_ a: Int, _ b: Int) -> Bool {
        Int(min(corpus.characterCounts[a], corpus.characterCounts[b])) >= configuration.minContainmentLength
    }

    /// Size and summed weight of the intersection of two ascending, duplicate-free sets, or nil
    /// as soon as the size can no longer reach `atLeast`.
    static func intersection(
        _ x: UnsafeBufferPointer<Int32>, _ y: UnsafeBufferPointer<Int32>, atLeast required: Int,
        weights: UnsafeBufferPointer<Double>
    ) -> (count: Int, weight: Double)? {
        var i = 0, j = 0, shared = 0
        var weight = 0.0
        while i < x.count && j < y.count {
            let left = x[i], right = y[j]
            if left == right {
                shared &+= 1
                weight += weights[Int(left)]
            }
            i &+= left <= right ? 1 : 0
            j &+= right <= left ? 1 : 0
            if shared + min(x.count - i, y.count - j) < required { return nil }
        }
        return shared >= required ? (shared, weight) : nil
    }
}
