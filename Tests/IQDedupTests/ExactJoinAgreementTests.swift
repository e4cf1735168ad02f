import Testing
@testable import IQDedup

/// MinHash LSH must report what the exact join reports on a realistic corpus: same pairs,
/// same scores, same kinds.
@Suite struct ExactJoinAgreementTests {
    @Test func lshAndExactJoinAgreeOnAGeneratedCorpus() {
        let texts = GeneratedCorpus.questions(count: 3_000, seed: 7)
        let exact = NearDuplicateFinder(configuration: DedupConfiguration(strategy: .exactJoin)).pairs(in: texts)
        let lsh = NearDuplicateFinder(configuration: DedupConfiguration(strategy: .minHashLSH)).pairs(in: texts)
        #expect(exact.count > 100, "the corpus must contain duplicates for the comparison to mean anything")
        #expect(Set(DuplicateKind.allCases) == Set(exact.map(\.kind)))
        #expect(Set(lsh).symmetricDifference(exact).isEmpty)
        #expect(lsh == exact)
    }

    @Test func automaticStrategySwitchesWithoutChangingResults() {
        let texts = GeneratedCorpus.questions(count: 500, seed: 11)
        var small = DedupStatistics()
        var large = DedupStatistics()
        let below = NearDuplicateFinder(configuration: DedupConfiguration(strategy: .automatic(exactJoinBelow: 1_000)))
        let above = NearDuplicateFinder(configuration: DedupConfiguration(strategy: .automatic(exactJoinBelow: 100)))
        let exact = below.pairs(in: texts, statistics: &small)
        let lsh = above.pairs(in: texts, statistics: &large)
        #expect(Set(lsh).symmetricDifference(exact).isEmpty)
        #expect(small.usedExactJoin && !large.usedExactJoin)
    }
}

/// The joins must find every pair that checking all pairs finds.
@Suite struct ExactJoinCompletenessTests {
    @Test func exactJoinFindsWhatCheckingEveryPairFinds() {
        let texts = GeneratedCorpus.questions(count: 600, seed: 3)
        let configuration = DedupConfiguration(strategy: .exactJoin)
        let corpus = ShingledCorpus(texts: texts, normalizer: TextNormalizer(configuration: configuration))
        let verifier = PairVerifier(corpus: corpus, ranking: BigramRanking(corpus), configuration: configuration)
        let everyPair = (0..<texts.count).flatMap { a in ((a + 1)..<texts.count).map { UInt64(a) << 32 | UInt64($0) } }
        let bruteForce = verifier.verify(everyPair)
        #expect(bruteForce.count > 50)
        #expect(NearDuplicateFinder(configuration: configuration).pairs(in: texts) == bruteForce)
    }
}

/// Deterministic interview-style questions with planted rewordings and extensions.
enum GeneratedCorpus {
    static func questions(count: Int, seed: UInt64) -> [String] {
        let topics = ["LoRA", "QLoRA", "RLHF", "KV cache", "FlashAttention", "梯度累积", "混合精度训练", "位置编码",
                      "注意力机制", "张量并行", "流水线并行", "模型蒸馏", "检索增强生成", "灾难性遗忘", "Scaling Laws",
                      "beam search", "温度采样", "知识蒸馏", "数据清洗", "奖励模型"]
        let templates = ["什么是%@", "%@的原理", "%@有哪些优缺点", "%@的数学推导", "为什么需要%@", "%@的实现细节",
                         "How does %@ work", "%@在大模型训练中的作用", "%@常见的面试问题", "简述%@的实现方式"]
        let edits = ["", "？", "（字节二面）", "的总结", "，举例说明", "!"]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = StableHash.mix64(state)
            return Int(state % UInt64(bound))
        }
        return (0..<count).map { _ in
            var topic = topics[next(topics.count)]
            if next(3) == 0 { topic += topics[next(topics.count)] }
            let base = templates[next(templates.count)].replacingOccurrences(of: "%@", with: topic)
            return base + edits[next(edits.count)]
        }
    }
}
