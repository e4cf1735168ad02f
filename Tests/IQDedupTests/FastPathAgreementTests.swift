import Testing
@testable import IQDedup

/// The memory- and time-saving paths of the engine must report exactly what the plain paths
/// report: candidates verified in small chunks, pull-request mode, and the pair filter that
/// reads the engine's normalised texts instead of normalising again.
@Suite struct FastPathAgreementTests {
    static let strategies: [CandidateStrategy] = [.exactJoin, .minHashLSH]

    @Test(arguments: strategies)
    func smallCandidateChunksGiveTheSamePairs(strategy: CandidateStrategy) {
        let texts = GeneratedCorpus.questions(count: 2_000, seed: 5) + Self.unrepeated(count: 400)
        var chunked = DedupConfiguration(strategy: strategy)
        chunked.candidateChunkSize = 97
        var statistics = DedupStatistics()
        let whole = NearDuplicateFinder(configuration: DedupConfiguration(strategy: strategy)).pairs(in: texts)
        let pieces = NearDuplicateFinder(configuration: chunked).pairs(in: texts, statistics: &statistics)
        #expect(whole.count > 100)
        #expect(statistics.candidatePairs > 10 * 97, "the candidates must fill many chunks")
        #expect(pieces == whole)
    }

    /// The gate drops candidates before verification; with it and without it the pairs and
    /// scores are the same, while it rejects most candidates of a bank built on templates.
    @Test(arguments: strategies)
    func candidateGateChangesNoPair(strategy: CandidateStrategy) {
        let texts = GeneratedCorpus.questions(count: 2_000, seed: 21) + Self.unrepeated(count: 400)
            + ["LLaMA2的结构", "LLaMA3的结构", "LLaMA2的结构和训练", "Vue 3的响应式原理", "Vue 3的响应式原理与实现"]
        var configurations = [DedupConfiguration(strategy: strategy)]
        var loose = DedupConfiguration(threshold: 0.5, containment: 0.6, minContainmentLength: 2, candidateThreshold: 0.4, strategy: strategy)
        configurations.append(loose)
        loose.numbersMustMatch = false
        configurations.append(loose)
        configurations.append(DedupConfiguration(containment: 2, strategy: strategy))
        for configuration in configurations {
            var ungated = NearDuplicateFinder(configuration: configuration)
            ungated.gatesCandidates = false
            var all = DedupStatistics(), gated = DedupStatistics()
            let expected = ungated.pairs(in: texts, statistics: &all)
            let found = NearDuplicateFinder(configuration: configuration).pairs(in: texts, statistics: &gated)
            #expect(expected.count > 100)
            #expect(found == expected, "\(configuration.threshold) \(configuration.containment) \(configuration.numbersMustMatch)")
            #expect(gated.candidatePairs * 2 < all.candidatePairs, "the gate must reject candidates: \(gated.candidatePairs) of \(all.candidatePairs)")
        }
    }

    /// Signatures, bands and containment probes in several pieces give the pairs of one piece,
    /// with and without the gate.
    @Test func searchInSeveralPiecesGivesTheSamePairs() {
        let texts = GeneratedCorpus.questions(count: 2_500, seed: 41) + Self.unrepeated(count: 400)
        for gated in [true, false] {
            var serial = NearDuplicateFinder(configuration: DedupConfiguration(strategy: .minHashLSH))
            serial.gatesCandidates = gated
            serial.searchPieces = 1
            var threaded = serial
            threaded.searchPieces = 3
            let expected = serial.pairs(in: texts)
            #expect(expected.count > 100)
            #expect(threaded.pairs(in: texts) == expected)
        }
    }

    /// Texts normalised in pieces on several threads, joined in order, are one pass's result.
    @Test func normalisingInPiecesGivesOnePassResult() {
        let texts = GeneratedCorpus.questions(count: 3_000, seed: 33) + Self.unrepeated(count: 500) + ["", "？？", "总结"]
        let normalizer = TextNormalizer()
        let whole = ShingledCorpus(texts: texts[...], normalizer: normalizer)
        for pieces in [2, 3, 7] {
            let joined = ShingledCorpus(texts: texts, normalizer: normalizer, pieces: pieces)
            #expect(joined.normalizedScalars == whole.normalizedScalars)
            #expect(joined.normalizedOffsets == whole.normalizedOffsets)
            #expect(joined.shingles == whole.shingles)
            #expect(joined.shingleOffsets == whole.shingleOffsets)
            #expect(joined.characterCounts == whole.characterCounts)
            #expect(joined.numberFingerprints == whole.numberFingerprints)
            #expect(joined.intents == whole.intents)
        }
        #expect(whole.count == texts.count)
    }

    /// Pull-request mode probes only the new texts; through an index (the direct probe turned
    /// off) it must find every pair of the full search that involves one, with the same scores,
    /// and no other.
    @Test(arguments: strategies)
    func pullRequestModeFindsThePairsOfTheFullSearchThatInvolveANewText(strategy: CandidateStrategy) {
        let texts = GeneratedCorpus.questions(count: 1_500, seed: 9) + Self.unrepeated(count: 300)
        var configuration = DedupConfiguration(strategy: strategy)
        configuration.directProbeNewTextLimit = 0
        let finder = NearDuplicateFinder(configuration: configuration)
        for newCount in [1, 7, 120] {
            let corpusCount = texts.count - newCount
            let full = finder.pairs(in: texts).filter { $0.b >= corpusCount }
            var statistics = DedupStatistics()
            let probed = finder.pairs(newTexts: Array(texts[corpusCount...]), corpus: Array(texts[..<corpusCount]), statistics: &statistics)
            #expect(!statistics.usedDirectProbe)
            #expect(!full.isEmpty)
            #expect(probed == full, "\(newCount) new texts")
        }
    }

    /// New texts: some planted rewordings, copies of corpus texts and of each other (the
    /// representatives path), texts that contain others.
    static func newTexts(from corpus: [String], count: Int) -> [String] {
        var texts: [String] = []
        for index in 0..<count {
            let source = corpus[(index * 7_919) % corpus.count]
            switch index % 5 {
            case 0: texts.append(source)
            case 1: texts.append(source + "的总结")
            case 2: texts.append(texts.last ?? source)
            case 3: texts.append("请结合项目经验说明" + source)
            default: texts.append(GeneratedCorpus.questions(count: 1, seed: UInt64(index))[0])
            }
        }
        return texts
    }

    /// The direct probe pairs each new text with every text; on a corpus the exact join covers,
    /// it reports exactly the full search's pairs that involve a new text, with their scores.
    @Test(arguments: [DedupConfiguration(), DedupConfiguration(threshold: 0.5, containment: 0.6, minContainmentLength: 2, candidateThreshold: 0.4),
                      DedupConfiguration(containment: 2)])
    func directProbeFindsWhatTheExactSearchFinds(configuration: DedupConfiguration) {
        let corpus = GeneratedCorpus.questions(count: 1_800, seed: 17) + Self.unrepeated(count: 300)
        var exact = configuration
        exact.strategy = .exactJoin
        for newCount in [1, 3, 40] {
            let added = Self.newTexts(from: corpus, count: newCount)
            let full = NearDuplicateFinder(configuration: exact).pairs(in: corpus + added).filter { $0.b >= corpus.count }
            for strategy in [CandidateStrategy.exactJoin, .minHashLSH] {
                var configured = configuration
                configured.strategy = strategy
                var statistics = DedupStatistics()
                let probed = NearDuplicateFinder(configuration: configured).pairs(newTexts: added, corpus: corpus, statistics: &statistics)
                #expect(statistics.usedDirectProbe)
                #expect(probed == full, "\(newCount) new texts, \(strategy)")
            }
            #expect(full.count >= newCount, "the new texts must have partners")
        }
    }

    /// Past `directProbeNewTextLimit` new texts the index is cheaper: it is used, with the same
    /// pairs on a corpus the exact join covers.
    @Test func manyNewTextsUseTheIndex() {
        let corpus = GeneratedCorpus.questions(count: 1_000, seed: 29) + Self.unrepeated(count: 200)
        let limit = DedupConfiguration().directProbeNewTextLimit
        let added = Self.unrepeated(count: 3 * limit + 1_300).suffix(2 * limit).map { $0 + " cache" }
        var direct = DedupConfiguration()
        direct.directProbeNewTextLimit = .max
        var viaIndex = DedupStatistics(), viaProbe = DedupStatistics()
        let indexed = NearDuplicateFinder().pairs(newTexts: Array(added), corpus: corpus, statistics: &viaIndex)
        let probed = NearDuplicateFinder(configuration: direct).pairs(newTexts: Array(added), corpus: corpus, statistics: &viaProbe)
        #expect(!viaIndex.usedDirectProbe && viaIndex.usedExactJoin && viaProbe.usedDirectProbe)
        #expect(indexed.count > 10)
        #expect(indexed == probed)
    }

    /// Without the gate the direct probe verifies every pair and reports the same ones.
    @Test func directProbeWithoutTheGateReportsTheSamePairs() {
        let corpus = GeneratedCorpus.questions(count: 1_200, seed: 23) + Self.unrepeated(count: 200)
        let added = Self.newTexts(from: corpus, count: 12)
        var ungated = NearDuplicateFinder()
        ungated.gatesCandidates = false
        var all = DedupStatistics(), gated = DedupStatistics()
        let expected = ungated.pairs(newTexts: added, corpus: corpus, statistics: &all)
        // Every pair of a new text with a distinct text (copies are searched once).
        #expect(all.candidatePairs >= 12 * Set(corpus).count / 2, "\(all.candidatePairs)")
        #expect(NearDuplicateFinder().pairs(newTexts: added, corpus: corpus, statistics: &gated) == expected)
        #expect(gated.candidatePairs * 10 < all.candidatePairs)
        #expect(expected.count >= 12)
    }

    /// Above the exact join's size the full search uses MinHash LSH, which may miss a pair: the
    /// direct probe finds every pair it finds, with the same scores, and only pairs it verified.
    @Test func directProbeFindsEveryPairOfTheIndexOnALargeCorpus() {
        // Mostly distinct texts, so that the full search is above the exact join's size.
        let corpus = GeneratedCorpus.questions(count: 3_000, seed: 31) + Self.unrepeated(count: 11_000)
        let added = Self.newTexts(from: corpus, count: 5)
        let finder = NearDuplicateFinder()
        var statistics = DedupStatistics()
        let probed = finder.pairs(newTexts: added, corpus: corpus, statistics: &statistics)
        #expect(statistics.usedDirectProbe)
        var indexing = DedupConfiguration()
        indexing.directProbeNewTextLimit = 0
        let indexed = NearDuplicateFinder(configuration: indexing)
        var indexStatistics = DedupStatistics()
        let lsh = indexed.pairs(newTexts: added, corpus: corpus, statistics: &indexStatistics)
        #expect(!indexStatistics.usedExactJoin && !indexStatistics.usedDirectProbe)
        #expect(lsh.count > 5)
        let probedPairs = Dictionary(probed.map { ([$0.a, $0.b], $0) }, uniquingKeysWith: { first, _ in first })
        for pair in lsh { #expect(probedPairs[[pair.a, pair.b]] == pair, "\(pair)") }
        // Every pair the probe adds is one the verifier accepts: the exact join finds it too.
        let exact = NearDuplicateFinder(configuration: DedupConfiguration(strategy: .exactJoin))
            .pairs(in: corpus + added).filter { $0.b >= corpus.count }
        #expect(probed == exact)
    }

    /// The filter on the engine's texts against the same rules applied to `normalize(_:)`'s
    /// output, character by character, as the rule did before.
    @Test func pairFilterAgreesWithFilteringNormalisedStrings() {
        let texts = GeneratedCorpus.questions(count: 800, seed: 13)
            + ["LLaMA2的结构", "LLaMA2的结构和训练", "LLaMA3的结构和训练", "GPT 3.5的结构", "GPT 35的结构", "第3代GPT的原理",
               "第三代GPT的原理与实现", "keycap 1\u{20E3} 的含义是什么", "keycap 1 的含义是什么呢", "\u{0600}1 数字符号的用法",
               "1 数字符号的用法", "Vue 3的响应式原理", "Vue 3的响应式原理与实现"]
        let finder = NearDuplicateFinder()
        let ignored: Set<[String]> = [[finder.normalizer.normalize("LoRA的原理"), finder.normalizer.normalize("什么是LoRA")].sorted()]
        for filter in [PairFilter(minimumContainedSimilarity: 0.5, ignoredPairs: ignored, numbersMustMatch: true),
                       PairFilter(minimumContainedSimilarity: 0, ignoredPairs: [], numbersMustMatch: true),
                       PairFilter(minimumContainedSimilarity: 0.6, ignoredPairs: ignored, numbersMustMatch: false)] {
            let all = finder.pairs(in: texts)
            let expected = all.filter { pair in
                if pair.kind == .contained && pair.jaccard < filter.minimumContainedSimilarity { return false }
                let a = finder.normalizer.normalize(texts[pair.a]), b = finder.normalizer.normalize(texts[pair.b])
                if filter.ignoredPairs.contains([a, b].sorted()) { return false }
                return !filter.numbersMustMatch || PairFilter.numbers(in: a) == PairFilter.numbers(in: b)
            }
            #expect(expected.count < all.count, "the filter must leave something out")
            #expect(finder.pairs(in: texts, keeping: filter) == expected)
        }
    }

    @Test func digitRunsFromScalarsMatchCharacters() {
        for text in ["llama2", "qwen2.5 7b", "第3代", "3代gpt", "gpt 4o", "v1\u{20E3}", "\u{0600}12", "a1b22c333", "12", "ab", "1\u{0301}2"] {
            let scalars = ArraySlice(text.unicodeScalars.map(\.value))
            if let runs = PairFilter.asciiDigitRuns(scalars) {
                #expect(runs.map { PairFilter.string($0) } == PairFilter.numbers(in: text), "\(text)")
            }
        }
        #expect(PairFilter.asciiDigitRuns(ArraySlice("v1\u{20E3}".unicodeScalars.map(\.value))) == nil)
        #expect(PairFilter.asciiDigitRuns(ArraySlice("\u{0600}12".unicodeScalars.map(\.value))) == nil)
    }

    /// Texts that share words but are not copies, so that the search has candidates to reject.
    static func unrepeated(count: Int) -> [String] {
        let words = ["model", "training", "attention", "cache", "parallel", "gradient", "loss", "token", "layer", "norm",
                     "batch", "decoder", "encoder", "prompt", "memory", "kernel", "sampling", "reward", "policy", "value"]
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = StableHash.mix64(state)
            return Int(state % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<(3 + next(4))).map { _ in words[next(words.count)] }.joined(separator: " ") }
    }
}
