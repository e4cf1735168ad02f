import Testing
@testable import IQDedup

@Suite struct RadixSortTests {
    @Test func sortsByTheBitRangeAndKeepsEqualKeysInOrder() {
        var state: UInt64 = 1
        let values = (0..<5_000).map { index -> UInt64 in
            state = StableHash.mix64(state)
            // Few distinct keys in bits 32..<45, the index below them to observe stability.
            return (state % 37) << 32 | UInt64(index)
        }
        var sorted = values
        RadixSort.sort(&sorted, onBits: 32..<45)
        #expect(sorted == values.sorted { ($0 >> 32, $0 & 0xFFFF_FFFF) < ($1 >> 32, $1 & 0xFFFF_FFFF) })
    }

    @Test func candidatePairsComeOutOnceAndAscending() {
        var chunks: [[UInt64]] = []
        var pairs = CandidatePairs(itemCount: 1_000) { chunks.append($0) }
        for (a, b) in [(5, 3), (3, 5), (999, 0), (1, 2), (3, 5)] { pairs.append(a, b) }
        pairs.flush()
        let expected: [UInt64] = [0 << 32 | 999, 1 << 32 | 2, 3 << 32 | 5]
        #expect(chunks == [expected])
    }

    @Test func candidatePairsAreHandedOverInChunksOfTheGivenSize() {
        var chunks: [[UInt64]] = []
        var pairs = CandidatePairs(itemCount: 1_000, chunkSize: 2) { chunks.append($0) }
        for (a, b) in [(5, 3), (3, 5), (999, 0), (1, 2), (3, 5)] { pairs.append(a, b) }
        pairs.flush()
        let expected: [[UInt64]] = [[3 << 32 | 5], [0 << 32 | 999, 1 << 32 | 2], [3 << 32 | 5]]
        #expect(chunks == expected)
        #expect(pairs.chunkCount == 3)
    }
}
