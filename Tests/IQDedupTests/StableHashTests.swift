import Testing
@testable import IQDedup

/// Pinned values, computed once by an independent Python transcription of the algorithm:
/// results must not depend on the run or machine, and any change in hashing must be deliberate.
@Suite struct StableHashTests {
    @Test func mixIsPinned() {
        #expect(StableHash.mix64(0) == 0xE220_A839_7B1D_CDAF)
        #expect(StableHash.mix64(1) == 0x910A_2DEC_8902_5CC1)
    }

    @Test func bigramHashesArePinned() {
        // The bigram 微调 and the mark of a run starting with 微.
        #expect(Shingling.bigramHashes(ofNormalized: "微调") == [0x0DEA_8147_D5A4_E7D2, 11_371_496_748_565_786_913])
    }

    @Test func signatureIsPinned() {
        let corpus = ShingledCorpus(texts: ["微调方法总结"], normalizer: TextNormalizer())
        let signature = MinHashSignatures(corpus: corpus).signature(of: 0)
        #expect(Array(signature.prefix(4)) == [2_043_977_102, 364_371_119, 186_232_452, 55_219_224])
    }

    @Test func signatureDependsOnlyOnTheShingleSet() {
        let corpus = ShingledCorpus(texts: ["微调方法", "不同微调方法的总结", "微调技术"], normalizer: TextNormalizer())
        let signatures = MinHashSignatures(corpus: corpus)
        #expect(signatures.signature(of: 0) == signatures.signature(of: 1))
        #expect(signatures.signature(of: 0) != signatures.signature(of: 2))
    }
}
