import Testing
import IQDedup

@Suite struct DuplicateClustersTests {
    func pair(_ a: Int, _ b: Int) -> DuplicatePair {
        DuplicatePair(a: a, b: b, jaccard: 0.8, containment: 0.9, kind: .similar)
    }

    @Test func chainsJoinIntoOneCluster() {
        let clusters = DuplicateClusters(pairs: [pair(7, 9), pair(1, 4), pair(4, 7), pair(2, 3)]).clusters
        #expect(clusters.map(\.members) == [[1, 4, 7, 9], [2, 3]])
        #expect(clusters[0].pairs.map { [$0.a, $0.b] } == [[1, 4], [4, 7], [7, 9]])
        #expect(clusters[1].pairs.map { [$0.a, $0.b] } == [[2, 3]])
    }

    @Test func orderOfPairsDoesNotMatter() {
        let pairs = [pair(0, 5), pair(5, 6), pair(3, 6), pair(10, 11), pair(11, 12)]
        #expect(DuplicateClusters(pairs: pairs).clusters == DuplicateClusters(pairs: pairs.reversed()).clusters)
    }

    @Test func noPairsNoClusters() {
        #expect(DuplicateClusters(pairs: []).clusters.isEmpty)
    }
}
