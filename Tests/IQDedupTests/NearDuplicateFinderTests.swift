import Foundation
import Testing
@testable import IQDedup

@Suite struct NearDuplicateFinderTests {
    let finder = NearDuplicateFinder()

    /// Titles from the sample corpus (nlp-llm-interview/README.md).
    @Test func sampleCorpusFineTuningSummariesAreDuplicates() {
        let pairs = finder.pairs(in: ["不同微调方法的总结", "什么是SFT？", "微调方法总结"])
        #expect(pairs.map { [$0.a, $0.b] } == [[0, 2]])
        #expect(pairs.first?.kind == .exact)
    }

    @Test func questionsOnDifferentSubjectsAreNotDuplicates() {
        let pairs = finder.pairs(in: ["什么是BERT", "什么是GPT", "What is BERT?", "什么是scale law", "什么是scaling law"])
        #expect(pairs.map { [$0.a, $0.b] } == [[0, 2], [3, 4]])
    }

    @Test func rewordingIsSimilarWithWeightedScores() throws {
        let pair = try #require(finder.pairs(in: ["大模型分布式训练中的通信开销优化方法", "大模型分布式训练中的通讯开销优化方法"]).first)
        // One substituted character changes 2 of 17 features (16 bigrams and the run start): 15
        // shared, in both texts (weight ln(1 + 22/3)), and 2 + 2 in one (weight ln(1 + 22/2)).
        let shared = 15 * log(1 + 22.0 / 3), own = 2 * log(1 + 22.0 / 2)
        #expect(pair.kind == .similar)
        #expect(abs(pair.jaccard - shared / (shared + 2 * own)) < 1e-9)
        #expect(abs(pair.containment - shared / (shared + own)) < 1e-9)
    }

    @Test func extensionIsContainedNotSimilar() throws {
        let pair = try #require(finder.pairs(in: ["梯度裁剪原理", "梯度裁剪原理示例代码"]).first)
        #expect(pair.kind == .contained)
        #expect(pair.containment == 1.0)
        #expect(pair.jaccard < 0.7)
    }

    @Test(arguments: [CandidateStrategy.exactJoin, .minHashLSH])
    func containmentIsFoundFarBelowTheJaccardThreshold(strategy: CandidateStrategy) throws {
        let finder = NearDuplicateFinder(configuration: DedupConfiguration(strategy: strategy))
        let pair = try #require(finder.pairs(in: ["梯度累积", "梯度累积和混合精度训练分别适用于什么场景"]).first)
        #expect(pair.kind == .contained)
        #expect(pair.jaccard < 0.2)
    }

    @Test func shortTextsAreNotReportedAsContained() {
        let configuration = DedupConfiguration(minContainmentLength: 5)
        let pairs = NearDuplicateFinder(configuration: configuration).pairs(in: ["梯度裁剪", "梯度裁剪示例"])
        #expect(pairs.isEmpty)
        #expect(finder.pairs(in: ["梯度裁剪", "梯度裁剪示例"]).map(\.kind) == [.contained])
    }

    /// Sample-corpus titles: versions of a model are different questions.
    @Test func differentNumbersAreNotSimilar() {
        let kinds = finder.pairs(in: ["chatGLM2", "chatGLM3", "llama", "llama2"]).map { [$0.a, $0.b] }
        #expect(kinds == [[2, 3]])
        #expect(finder.pairs(in: ["llama", "llama2"]).first?.kind == .contained)
        let versions = ["如何用LoRA微调LLaMA2模型并估算显存占用", "如何用LoRA微调LLaMA3模型并估算显存占用"]
        #expect(finder.pairs(in: versions).isEmpty)
        let lenient = NearDuplicateFinder(configuration: DedupConfiguration(numbersMustMatch: false))
        #expect(lenient.pairs(in: versions).first?.kind == .similar)
    }

    @Test func textsWithoutLettersAreIgnored() {
        #expect(finder.pairs(in: ["？？", "？？", "!"]).isEmpty)
    }

    @Test func queryModeReportsOnlyPairsWithANewText() {
        let corpus = ["什么是BERT", "BERT是什么", "梯度裁剪原理"]
        let newTexts = ["BERT详解", "梯度裁剪的原理？", "梯度裁剪原理！"]
        let pairs = finder.pairs(newTexts: newTexts, corpus: corpus)
        // "bert" is inside "bert详解" (contained); the old pair 0-1 is not reported.
        #expect(pairs.map { [$0.a, $0.b] } == [[0, 3], [1, 3], [2, 4], [2, 5], [4, 5]])
        #expect(pairs.allSatisfy { $0.b >= corpus.count })
        // The same texts as one corpus also pair the two old BERT questions.
        #expect(finder.pairs(in: corpus + newTexts).contains { $0.a == 0 && $0.b == 1 })
    }

    @Test(arguments: [CandidateStrategy.exactJoin, .minHashLSH])
    func queryModeWorksWithBothStrategies(strategy: CandidateStrategy) {
        let finder = NearDuplicateFinder(configuration: DedupConfiguration(strategy: strategy))
        let pairs = finder.pairs(newTexts: ["模型蒸馏的原理"], corpus: ["模型蒸馏原理", "什么是模型蒸馏？", "模型量化原理"])
        // How distillation works (原理) is another question than what it is (什么是).
        #expect(pairs.map { [$0.a, $0.b] } == [[0, 3]])
    }

    @Test func bandsReachBelowTheCandidateThreshold() {
        // (1/32)^(1/5) = 0.5 exactly; six rows would put the midpoint at 0.56.
        #expect(BandedIndex.rowsPerBand(candidateThreshold: 0.5) == 5)
        #expect(BandedIndex.rowsPerBand(candidateThreshold: 0.4) == 3)
    }
}
