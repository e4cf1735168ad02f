/// Finds pairs of near-duplicate texts: normalise, cut into character bigrams, find candidate
/// pairs (exact join or MinHash LSH), then score every candidate exactly.
///
/// Reported scores are always exact; with MinHash LSH a very small share of qualifying pairs
/// may be missed, never a wrong one added.
public struct NearDuplicateFinder: Sendable {
    public let configuration: DedupConfiguration
    public let normalizer: TextNormalizer

    public init(configuration: DedupConfiguration = DedupConfiguration()) {
        self.configuration = configuration
        normalizer = TextNormalizer(configuration: configuration)
    }

    /// Every duplicate pair among `texts`, ordered by `(a, b)`; indices refer to `texts`.
    public func pairs(in texts: [String]) -> [DuplicatePair] {
        var statistics = DedupStatistics()
        return pairs(in: texts, statistics: &statistics)
    }

    /// Pull-request mode: pairs that involve at least one of `newTexts`, against `corpus` or
    /// among themselves; pairs of two corpus texts are not reported.
    ///
    /// Indices refer to `corpus + newTexts`: `0..<corpus.count` are corpus texts, the rest are
    /// new texts, so ``DuplicatePair/b`` is always a new text.
    public func pairs(newTexts: [String], corpus: [String]) -> [DuplicatePair] {
        var statistics = DedupStatistics()
        let isNew = Array(repeating: false, count: corpus.count) + Array(repeating: true, count: newTexts.count)
        return search(corpus + newTexts, isNew: isNew, statistics: &statistics)
    }

    /// Same as ``pairs(in:)``, also reporting the time and memory of each phase.
    public func pairs(in texts: [String], statistics: inout DedupStatistics) -> [DuplicatePair] {
        search(texts, isNew: nil, statistics: &statistics)
    }

    /// Containment is searched exactly in both strategies: "X" inside "X and Y" can have a
    /// Jaccard similarity far below anything MinHash bands would catch.
    private func containmentCandidates(_ join: ContainmentJoin, corpus: ShingledCorpus, isNew: [Bool]?) -> [UInt64] {
        guard configuration.containment <= 1 else { return [] }
        return join.candidatePairs(
            isProbe: { Int(corpus.characterCounts[$0]) >= configuration.minContainmentLength },
            isNew: isNew
        )
    }

    /// The union of two ascending pair lists without repeats, ascending, so that verification
    /// reports pairs in `(a, b)` order.
    private static func mergingSorted(_ first: [UInt64], _ second: [UInt64]) -> [UInt64] {
        var merged: [UInt64] = []
        merged.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count || j < second.count {
            let next: UInt64
            if j == second.count || (i < first.count && first[i] <= second[j]) {
                next = first[i]
                i += 1
            } else {
                next = second[j]
                j += 1
            }
            if merged.last != next { merged.append(next) }
        }
        return merged
    }

    private func usesExactJoin(itemCount: Int) -> Bool {
        switch configuration.strategy {
        case .exactJoin: return true
        case .minHashLSH: return false
        case .automatic(let exactJoinBelow): return itemCount < exactJoinBelow
        }
    }

    private func search(_ texts: [String], isNew: [Bool]?, statistics: inout DedupStatistics) -> [DuplicatePair] {
        let clock = ContinuousClock()
        var start = clock.now
        func lap() -> Duration {
            let now = clock.now
            defer { start = now }
            return now - start
        }

        let corpus = ShingledCorpus(texts: texts, normalizer: normalizer)
        statistics.normalizeAndShingle = lap()

        let candidates: [UInt64]
        statistics.usedExactJoin = usesExactJoin(itemCount: texts.count)
        if statistics.usedExactJoin {
            let ranking = BigramRanking(corpus)
            let join = PrefixFilterJoin(minimumJaccard: configuration.threshold, ranking: ranking)
            let containment = ContainmentJoin(ranking: ranking, minimumContainment: configuration.containment)
            statistics.index = lap()
            candidates = Self.mergingSorted(
                join.candidatePairs(isNew: isNew).sorted(),
                containmentCandidates(containment, corpus: corpus, isNew: isNew).sorted()
            )
            statistics.query = lap()
        } else {
            let signatures = MinHashSignatures(corpus: corpus)
            statistics.signatures = lap()
            let index = BandedIndex(
                signatures: signatures, itemCount: corpus.count,
                candidateThreshold: configuration.candidateThreshold,
                isIndexed: { corpus.shingleCount(of: $0) > 0 }
            )
            let containment = ContainmentJoin(ranking: BigramRanking(corpus), minimumContainment: configuration.containment)
            statistics.index = lap()
            candidates = Self.mergingSorted(
                index.candidatePairs(itemCount: corpus.count, isNew: isNew),
                containmentCandidates(containment, corpus: corpus, isNew: isNew).sorted()
            )
            statistics.query = lap()
            statistics.signatureBytes = signatures.byteCount
            statistics.indexBytes = index.byteCount
        }

        let verifier = PairVerifier(corpus: corpus, configuration: configuration)
        let found = verifier.verify(candidates)
        statistics.verify = lap()
        statistics.candidatePairs = candidates.count
        statistics.reportedPairs = found.count
        return found
    }
}
