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
        #expect(Shingling.bigramHashes(ofNormalized: "微调") == [0x0DEA_8147_D5A4_E7D2])
    }

    @Test func signatureIsPinned() {
        let corpus = ShingledCorpus(texts: ["微调方法总结"], normalizer: TextNormalizer())
        let signature = MinHashSignatures(corpus: corpus).signature(of: 0)
        #expect(Array(signature.prefix(4)) == [2_109_496_593, 621_494_921, 1_217_798_542, 2_369_566_107])
    }

    @Test func signatureDependsOnlyOnTheShingleSet() {
        let corpus = ShingledCorpus(texts: ["微调方法", "不同微调方法的总结", "微调技术"], normalizer: TextNormalizer())
        let signatures = MinHashSignatures(corpus: corpus)
        #expect(signatures.signature(of: 0) == signatures.signature(of: 1))
        #expect(signatures.signature(of: 0) != signatures.signature(of: 2))
    }
}
