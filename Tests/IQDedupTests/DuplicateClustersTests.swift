import Testing
import IQDedup

@Suite struct DuplicateClustersTests {
    func pair(_ a: Int, _ b: Int) -> DuplicatePair {
        DuplicatePair(a: a, b: b, jaccard: 0.8, containment: 0.9, kind: .similar)
    }

    @Test func chainsDoNotJoinIntoOneCluster() {
        // 1~4~7~9: a chain. 4 and 7 have two partners each; 4 (the smaller) becomes a centre
        // with 1 and 7, then 9 has no free partner left: 7~9 is listed on its own.
        let result = DuplicateClusters(pairs: [pair(7, 9), pair(1, 4), pair(4, 7), pair(2, 3)])
        #expect(result.clusters.map(\.members) == [[1, 4, 7], [2, 3]])
        #expect(result.clusters.map(\.center) == [4, 2])
        #expect(result.clusters[0].pairs.map { [$0.a, $0.b] } == [[1, 4], [4, 7]])
        #expect(result.unclusteredPairs.map { [$0.a, $0.b] } == [[7, 9]])
    }

    @Test func everyMemberIsPairedWithItsCentre() {
        // A long chain and a star: no member is ever further than one pair from its centre.
        let chain = (0..<57).map { pair($0, $0 + 1) }
        let star = (101...106).map { pair(100, $0) }
        let result = DuplicateClusters(pairs: chain + star)
        for cluster in result.clusters {
            for member in cluster.members where member != cluster.center {
                #expect(cluster.pairs.contains { Set([$0.a, $0.b]) == Set([member, cluster.center]) })
            }
        }
        #expect(result.clusters.contains { $0.center == 100 && $0.members.count == 7 })
        #expect(result.clusters.allSatisfy { $0.members.count <= 7 })
    }

    @Test func orderOfPairsDoesNotMatter() {
        let pairs = [pair(0, 5), pair(5, 6), pair(3, 6), pair(10, 11), pair(11, 12)]
        let forward = DuplicateClusters(pairs: pairs), backward = DuplicateClusters(pairs: pairs.reversed())
        #expect(forward.clusters == backward.clusters)
        #expect(forward.unclusteredPairs == backward.unclusteredPairs)
    }

    @Test func noPairsNoClusters() {
        #expect(DuplicateClusters(pairs: []).clusters.isEmpty)
    }
}
