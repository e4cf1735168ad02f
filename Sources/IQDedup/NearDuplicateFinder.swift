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

        var candidates: [UInt64] = []
        let collect = { (a: Int, b: Int) in candidates.append(UInt64(a) << 32 | UInt64(b)) }
        statistics.usedExactJoin = usesExactJoin(itemCount: texts.count)
        if statistics.usedExactJoin {
            let join = PrefixFilterJoin(corpus: corpus, minimumJaccard: PairVerifier.minimumReportedJaccard(configuration))
            statistics.index = lap()
            join.forEachCandidate(isNew: isNew, collect)
            statistics.query = lap()
        } else {
            let signatures = MinHashSignatures(corpus: corpus)
            statistics.signatures = lap()
            let index = BandedIndex(
                signatures: signatures, itemCount: corpus.count,
                candidateThreshold: configuration.candidateThreshold,
                isIndexed: { corpus.shingleCount(of: $0) > 0 }
            )
            statistics.index = lap()
            index.forEachCandidate(signatures: signatures, isNew: isNew, collect)
            statistics.query = lap()
            statistics.signatureBytes = signatures.byteCount
            statistics.indexBytes = index.byteCount
        }

        let verifier = PairVerifier(corpus: corpus, configuration: configuration)
        var found = candidates.compactMap { verifier.verify(Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
        found.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        statistics.verify = lap()
        statistics.candidatePairs = candidates.count
        statistics.reportedPairs = found.count
        return found
    }
}
