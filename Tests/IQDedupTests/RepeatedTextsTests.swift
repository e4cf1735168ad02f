import Testing
@testable import IQDedup

/// A bank that repeats questions must stay linear: copies are searched once and each is paired
/// with a bounded number of earlier copies.
@Suite struct RepeatedTextsTests {
    /// Every pair of two texts, found by asking the finder about that pair alone.
    private func pairwise(_ texts: [String], finder: NearDuplicateFinder) -> Set<[Int]> {
        var pairs: Set<[Int]> = []
        for b in texts.indices {
            for a in 0..<b where !finder.pairs(in: [texts[a], texts[b]]).isEmpty { pairs.insert([a, b]) }
        }
        return pairs
    }

    @Test(arguments: [CandidateStrategy.exactJoin, .minHashLSH])
    func fewCopiesGiveTheSamePairsAsComparingEachPair(strategy: CandidateStrategy) {
        let finder = NearDuplicateFinder(configuration: DedupConfiguration(strategy: strategy))
        let texts = ["什么是BERT", "梯度裁剪原理", "什么是 bert？", "梯度裁剪原理示例代码", "LoRA原理", "What is BERT?",
                     "梯度裁剪原理", "大模型分布式训练中的通信开销优化方法", "大模型分布式训练中的通讯开销优化方法", "梯度裁剪原理"]
        let found = finder.pairs(in: texts)
        #expect(Set(found.map { [$0.a, $0.b] }) == pairwise(texts, finder: finder))
        #expect(found.map { [$0.a, $0.b] } == found.map { [$0.a, $0.b] }.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(found.filter { $0.kind == .exact }.allSatisfy { $0.jaccard == 1 && $0.containment == 1 })
    }

    @Test func manyCopiesArePairedWithTheirEarliestCopiesOnly() {
        let copies = 2_000
        let texts = ["梯度裁剪原理示例代码"] + Array(repeating: "梯度裁剪原理", count: copies) + ["LoRA原理"]
        let found = NearDuplicateFinder().pairs(in: texts)
        let limit = NearDuplicateFinder.earlierPartnerLimit
        #expect(found.count <= 2 * limit * (copies + 1))
        let partnered = Set(found.map(\.b))
        #expect((1...copies).allSatisfy { partnered.contains($0) }, "every later copy keeps a partner")
        #expect(found.filter { $0.b == copies }.map(\.a) == [0] + Array(1...limit), "the contained text and the earliest copies")
        #expect(found.first { $0.a == 0 && $0.b == 1 }?.kind == .contained)
        #expect(!partnered.contains(copies + 1))
    }

    /// One title written with and without the spaces between its words is one text twice; a
    /// space between digits separates two numbers.
    @Test(arguments: [CandidateStrategy.exactJoin, .minHashLSH])
    func textsDifferingOnlyInSpacesAreCopies(strategy: CandidateStrategy) {
        let finder = NearDuplicateFinder(configuration: DedupConfiguration(strategy: strategy))
        let texts = ["Spark调优|SparkSQL参数调优", "Spark内存调优", "Spark调优 | Spark SQL参数调优", "GPT 3.5的结构", "GPT 35的结构"]
        let found = finder.pairs(in: texts)
        #expect(found.first { $0.a == 0 && $0.b == 2 }?.kind == .exact)
        #expect(found.first { $0.a == 3 && $0.b == 4 }?.kind != .exact)
        let probed = finder.pairs(newTexts: [texts[2]], corpus: Array(texts[0..<2]))
        #expect(probed.map { [$0.a, $0.b] } == [[0, 2]] && probed.first?.kind == .exact)
    }

    @Test func pullRequestModeSkipsPairsOfTwoCorpusCopies() {
        let corpus = Array(repeating: "梯度裁剪原理", count: 100)
        let found = NearDuplicateFinder().pairs(newTexts: ["梯度裁剪原理", "LoRA原理"], corpus: corpus)
        #expect(found.map(\.b) == Array(repeating: 100, count: NearDuplicateFinder.earlierPartnerLimit))
        #expect(found.allSatisfy { $0.a < 100 && $0.kind == .exact })
    }
}
