import Testing
@testable import IQDedup

/// `NearDuplicateFinder.search` returns the pairs `pairs` returns, with each text normalised
/// as `TextNormalizer.normalize` would normalise it: the duplicate rule reads those instead of
/// normalising again.
@Suite struct DuplicateSearchTests {
    // Repeated texts (the engine searches one of each, then expands) and distinct ones.
    static let texts = ["什么是LoRA？", "LoRA是什么", "1.1 什么是LoRA？", "What is RLHF?", "How does RLHF work?", "什么是LoRA？",
                        "Transformer 的原理", "介绍一下 Transformer 的原理和优缺点", "What is RLHF?", "微调方法总结", "不同微调方法的总结"]

    @Test func pairsAndNormalisedTextsAreTheFinders() {
        let finder = NearDuplicateFinder()
        let search = finder.search(in: Self.texts)
        #expect(search.pairs == finder.pairs(in: Self.texts))
        #expect(!search.pairs.isEmpty)
        for (index, text) in Self.texts.enumerated() {
            #expect(search.normalizedText(index) == finder.normalizer.normalize(text), "\(text)")
        }
    }

    @Test func newTextsAreNumberedAfterTheCorpus() {
        let finder = NearDuplicateFinder()
        let (corpus, new) = (Array(Self.texts.dropLast(3)), Array(Self.texts.suffix(3)))
        let search = finder.search(newTexts: new, corpus: corpus)
        #expect(search.pairs == finder.pairs(newTexts: new, corpus: corpus))
        for (index, text) in (corpus + new).enumerated() {
            #expect(search.normalizedText(index) == finder.normalizer.normalize(text), "\(text)")
        }
    }
}
