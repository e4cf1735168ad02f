/// Finds pairs of near-duplicate texts: normalise, cut into features (English words, Chinese
/// bigrams), find candidate pairs (exact join or MinHash LSH), then score every candidate with
/// features weighted by their rarity in the collection.
///
/// Reported scores are always computed in full; with MinHash LSH a very small share of
/// qualifying pairs may be missed, never a wrong one added.
public struct NearDuplicateFinder: Sendable {
    public let configuration: DedupConfiguration
    public let normalizer: TextNormalizer

    /// Whether candidate pairs pass `PairGate` before they are stored; off only in tests that
    /// show the gate changes nothing.
    var gatesCandidates = true
    /// How many pieces the index work is cut into (signatures, LSH bands, containment probes),
    /// for tests that compare one with several; nil: as many as the corpus is worth.
    var searchPieces: Int?

    public init(configuration: DedupConfiguration = DedupConfiguration()) {
        self.configuration = configuration
        normalizer = TextNormalizer(configuration: configuration)
    }

    /// Every duplicate pair among `texts`, ordered by `(a, b)`; indices refer to `texts`. A text
    /// repeated many times is paired with its `earlierPartnerLimit` earliest copies only.
    public func pairs(in texts: [String], keeping filter: PairFilter? = nil) -> [DuplicatePair] {
        var statistics = DedupStatistics()
        return pairs(in: texts, keeping: filter, statistics: &statistics)
    }

    /// Same as ``pairs(in:keeping:)``, also reporting the time and memory of each phase.
    public func pairs(in texts: [String], keeping filter: PairFilter? = nil, statistics: inout DedupStatistics) -> [DuplicatePair] {
        search(texts, isNew: nil, filter: filter, statistics: &statistics)
    }

    /// Pull-request mode: pairs that involve at least one of `newTexts`, against `corpus` or
    /// among themselves; pairs of two corpus texts are not reported.
    ///
    /// Indices refer to `corpus + newTexts`: `0..<corpus.count` are corpus texts, the rest are
    /// new texts, so ``DuplicatePair/b`` is always a new text. Up to
    /// ``DedupConfiguration/directProbeNewTextLimit`` new texts are each compared with every
    /// text, without an index: then no qualifying pair is missed, whatever the corpus size.
    public func pairs(newTexts: [String], corpus: [String], keeping filter: PairFilter? = nil) -> [DuplicatePair] {
        var statistics = DedupStatistics()
        return pairs(newTexts: newTexts, corpus: corpus, keeping: filter, statistics: &statistics)
    }

    /// Same as ``pairs(newTexts:corpus:keeping:)``, also reporting the time of each phase.
    public func pairs(newTexts: [String], corpus: [String], keeping filter: PairFilter? = nil,
                      statistics: inout DedupStatistics) -> [DuplicatePair] {
        let isNew = Array(repeating: false, count: corpus.count) + Array(repeating: true, count: newTexts.count)
        return search(corpus + newTexts, isNew: isNew, filter: filter, statistics: &statistics)
    }

    /// Containment is searched exactly in both strategies: "X" inside "X and Y" can have a
    /// Jaccard similarity far below anything MinHash bands would catch.
    private func addContainmentCandidates(
        _ join: ContainmentJoin, corpus: ShingledCorpus, isNew: [Bool]?, to candidates: inout CandidatePairs
    ) {
        guard configuration.containment <= 1 else { return }
        let characterCounts = corpus.characterCounts, minimumLength = configuration.minContainmentLength
        join.addCandidatePairs(to: &candidates, isProbe: { Int(characterCounts[$0]) >= minimumLength }, isNew: isNew, pieces: searchPieces)
    }

    /// The new items when they are few enough to pair each with every other item
    /// (`DedupConfiguration.directProbeNewTextLimit`).
    private func directProbeItems(isNew: [Bool]?) -> [Int]? {
        guard let isNew else { return nil }
        let newItems = isNew.indices.filter { isNew[$0] }
        return newItems.count <= configuration.directProbeNewTextLimit ? newItems : nil
    }

    /// Every pair of a new item with another item: exact, a superset of what any index finds.
    /// The gate rejects only what verification would reject, so the verified pairs are those of
    /// the exact join.
    private static func addEveryPair(of newItems: [Int], isNew: [Bool], to candidates: inout CandidatePairs) {
        let count = isNew.count
        for item in newItems {
            // A pair of two new items is added once, from the later one.
            func isPartner(_ other: Int) -> Bool { other != item && !(isNew[other] && other > item) }
            if let gate = candidates.gate {
                let probe = gate.item(item)
                for other in 0..<count where gate.passes(probe, gate.item(other)) && isPartner(other) {
                    candidates.appendAdmitted(item, other)
                }
            } else {
                for other in 0..<count where isPartner(other) { candidates.appendAdmitted(item, other) }
            }
        }
    }

    private func usesExactJoin(itemCount: Int) -> Bool {
        switch configuration.strategy {
        case .exactJoin: return true
        case .minHashLSH: return false
        case .automatic(let exactJoinBelow): return itemCount < exactJoinBelow
        }
    }

    /// How many earlier copies of a repeated text (or of a text it pairs with) each text is
    /// paired with: enough for every report, and linear in the number of texts.
    public static let earlierPartnerLimit = 8

    /// ``pairs(in:keeping:)`` with the normalised texts the pairs were found on, so that a
    /// caller judging the pairs normalises nothing again.
    public func search(in texts: [String], keeping filter: PairFilter? = nil) -> DuplicateSearch {
        var statistics = DedupStatistics()
        var corpus: ShingledCorpus?
        let pairs = search(texts, isNew: nil, filter: filter, statistics: &statistics, keepingCorpus: &corpus)
        return DuplicateSearch(pairs: pairs, corpus: corpus)
    }

    /// ``pairs(newTexts:corpus:keeping:)`` with the normalised texts (of `corpus + newTexts`).
    public func search(newTexts: [String], corpus: [String], keeping filter: PairFilter? = nil) -> DuplicateSearch {
        var statistics = DedupStatistics()
        var kept: ShingledCorpus?
        let isNew = Array(repeating: false, count: corpus.count) + Array(repeating: true, count: newTexts.count)
        let pairs = search(corpus + newTexts, isNew: isNew, filter: filter, statistics: &statistics, keepingCorpus: &kept)
        return DuplicateSearch(pairs: pairs, corpus: kept)
    }

    private func search(_ texts: [String], isNew: [Bool]?, filter: PairFilter?, statistics: inout DedupStatistics) -> [DuplicatePair] {
        var discarded: ShingledCorpus?
        return search(texts, isNew: isNew, filter: filter, statistics: &statistics, keepingCorpus: &discarded)
    }

    /// `kept`: set to the corpus of every text (normalised texts kept, bigram codes released).
    private func search(_ texts: [String], isNew: [Bool]?, filter: PairFilter?, statistics: inout DedupStatistics,
                        keepingCorpus kept: inout ShingledCorpus?) -> [DuplicatePair] {
        let clock = ContinuousClock()
        let start = clock.now
        var full = ShingledCorpus(texts: texts, normalizer: normalizer)
        let copies = IdenticalTexts(corpus: full)
        statistics.normalizeAndShingle = clock.now - start
        var found: [DuplicatePair]
        if copies.hasRepeats {
            let representatives = copies.representatives
            let groupIsNew = isNew.map { flags in copies.groups.map { $0.contains { flags[$0] } } }
            var subset = full.subset(representatives, copyCounts: copies.groups.map { Int32($0.count) })
            full.releaseShingles()
            let pairs = search(&subset, isNew: groupIsNew, statistics: &statistics)
            found = copies.expand(pairs, corpus: full, isNew: isNew, earlierPartnerLimit: Self.earlierPartnerLimit)
        } else {
            found = search(&full, isNew: isNew, statistics: &statistics)
        }
        if let filter { found = filter.kept(found, corpus: full) }
        statistics.reportedPairs = found.count
        full.releaseShingles()
        kept = full
        return found
    }

    /// The corpus's bigram codes are released once the index and ranking hold them.
    private func search(_ corpus: inout ShingledCorpus, isNew: [Bool]?, statistics: inout DedupStatistics) -> [DuplicatePair] {
        let clock = ContinuousClock()
        var start = clock.now
        func lap() -> Duration {
            let now = clock.now
            defer { start = now }
            return now - start
        }

        // Candidates are verified in chunks while they are found (see `CandidatePairs`); the
        // time spent verifying is counted apart from the search.
        let found = VerifiedPairs()
        let ranking: BigramRanking
        func candidatePairs(ranking: BigramRanking) -> CandidatePairs {
            let verifier = PairVerifier(corpus: corpus, ranking: ranking, configuration: configuration)
            let gate = gatesCandidates ? PairGate(corpus: corpus, ranking: ranking, configuration: configuration) : nil
            return CandidatePairs(itemCount: corpus.count, chunkSize: configuration.candidateChunkSize, gate: gate) { chunk in
                let verifyStart = clock.now
                found.pairs += verifier.verify(chunk)
                found.candidateCount += chunk.count
                found.verifyTime += clock.now - verifyStart
            }
        }
        var candidates: CandidatePairs
        statistics.usedExactJoin = usesExactJoin(itemCount: corpus.count)
        if let isNew, let newItems = directProbeItems(isNew: isNew) {
            // A few new texts: the index over every text would cost more than comparing them
            // with every text. The ranking is still the whole collection's, so scores are the same.
            statistics.usedDirectProbe = true
            statistics.usedExactJoin = false
            ranking = BigramRanking(corpus)
            corpus.releaseShingles()
            statistics.index = lap()
            candidates = candidatePairs(ranking: ranking)
            Self.addEveryPair(of: newItems, isNew: isNew, to: &candidates)
        } else if statistics.usedExactJoin {
            ranking = BigramRanking(corpus)
            corpus.releaseShingles()
            // The verifier reports weighted scores; the plain overlap it requires is the candidate threshold.
            let join = PrefixFilterJoin(minimumJaccard: min(configuration.candidateThreshold, configuration.threshold), ranking: ranking)
            let containment = ContainmentJoin(ranking: ranking, minimumContainment: configuration.containment)
            statistics.index = lap()
            candidates = candidatePairs(ranking: ranking)
            join.addCandidatePairs(to: &candidates, isNew: isNew)
            addContainmentCandidates(containment, corpus: corpus, isNew: isNew, to: &candidates)
        } else {
            // The ranking first: its transient table is the largest buffer of the search, and
            // the band keys (128 bytes a text) are not allocated yet. Signatures and band keys
            // in one pass, then the codes both were built from are freed.
            ranking = BigramRanking(corpus)
            statistics.index = lap()
            let index = BandedIndex(corpus: corpus, candidateThreshold: configuration.candidateThreshold, pieces: searchPieces)
            corpus.releaseShingles()
            statistics.signatures = lap()
            statistics.signatureBytes = MinHashSignatures.permutationCount * MemoryLayout<UInt32>.stride
            statistics.rowsPerBand = index.rowsPerBand
            let containment = ContainmentJoin(ranking: ranking, minimumContainment: configuration.containment)
            statistics.index += lap()
            candidates = candidatePairs(ranking: ranking)
            index.addCandidatePairs(to: &candidates, isNew: isNew, pieces: searchPieces)
            addContainmentCandidates(containment, corpus: corpus, isNew: isNew, to: &candidates)
            statistics.indexBytes = index.byteCount
        }
        candidates.flush()
        let searched = lap()
        statistics.query = searched - found.verifyTime
        statistics.verify = found.verifyTime
        statistics.candidatePairs = found.candidateCount
        var pairs = found.pairs
        if candidates.chunkCount > 1 {
            // Each chunk is in order; a pair two chunks both held is the same verified pair.
            pairs.sort { ($0.a, $0.b) < ($1.a, $1.b) }
            var kept = 0
            for index in pairs.indices where kept == 0 || (pairs[kept - 1].a, pairs[kept - 1].b) != (pairs[index].a, pairs[index].b) {
                pairs[kept] = pairs[index]
                kept += 1
            }
            pairs.removeSubrange(kept...)
        }
        statistics.reportedPairs = pairs.count
        return pairs
    }
}

/// What the chunks of candidates verified so far found (a class: `CandidatePairs` calls back
/// into it while the searches still hold the candidates).
private final class VerifiedPairs {
    var pairs: [DuplicatePair] = []
    var candidateCount = 0
    var verifyTime: Duration = .zero
}
