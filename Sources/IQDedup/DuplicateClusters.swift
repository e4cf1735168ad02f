/// Groups of duplicate texts for `iqlint dupes`: stars, each a centre and texts paired with it
/// directly, so that every member of a cluster is similar to its centre.
///
/// Joining pairs transitively chains A~B, B~C, C~D… into one cluster whose ends have nothing in
/// common (one list produced 57 members around a single real pair). Instead, texts with the most
/// partners become centres first and take their still unclustered partners; pairs that end up
/// in no cluster (two members of different stars, or of one star but not through its centre)
/// are listed on their own.
public struct DuplicateClusters: Sendable {
    /// One star: its centre, its members and the verified pairs between them.
    public struct Cluster: Sendable, Hashable {
        /// The text every other member is paired with.
        public var center: Int
        /// Ascending text indices, the centre included; at least two.
        public var members: [Int]
        /// Every pair whose two texts are members, ordered by `(a, b)`: the centre's pairs and
        /// any pairs between two other members.
        public var pairs: [DuplicatePair]
    }

    /// Clusters ordered by their smallest member.
    public let clusters: [Cluster]
    /// Pairs whose texts are not both in one cluster, ordered by `(a, b)`.
    public let unclusteredPairs: [DuplicatePair]

    public init(pairs: [DuplicatePair]) {
        var partners: [Int: [Int]] = [:]
        for pair in pairs {
            partners[pair.a, default: []].append(pair.b)
            partners[pair.b, default: []].append(pair.a)
        }
        // Most partners first, then the smaller index: the result does not depend on pair order.
        let order = partners.keys.sorted { (partners[$0]!.count, -$0) > (partners[$1]!.count, -$1) }
        var clusterOf: [Int: Int] = [:]
        var stars: [(center: Int, members: [Int])] = []
        for center in order where clusterOf[center] == nil {
            let free = partners[center]!.filter { clusterOf[$0] == nil }
            guard !free.isEmpty else { continue }
            let members = ([center] + free).sorted()
            for member in members { clusterOf[member] = stars.count }
            stars.append((center, members))
        }
        var pairsOfStar = [[DuplicatePair]](repeating: [], count: stars.count)
        var leftover: [DuplicatePair] = []
        for pair in pairs {
            if let star = clusterOf[pair.a], star == clusterOf[pair.b] {
                pairsOfStar[star].append(pair)
            } else {
                leftover.append(pair)
            }
        }
        clusters = stars.indices.map { index in
            Cluster(center: stars[index].center, members: stars[index].members,
                    pairs: pairsOfStar[index].sorted { ($0.a, $0.b) < ($1.a, $1.b) })
        }.sorted { $0.members[0] < $1.members[0] }
        unclusteredPairs = leftover.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }
}
