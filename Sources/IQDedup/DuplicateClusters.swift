/// Groups of texts connected by duplicate pairs (union-find), for `iqlint dupes`.
public struct DuplicateClusters: Sendable {
    /// One connected group: its members and the verified pairs between them.
    public struct Cluster: Sendable, Hashable {
        /// Ascending text indices; at least two.
        public var members: [Int]
        /// The pairs inside this cluster, ordered by `(a, b)`. A cluster can hold members that
        /// are not paired directly: A~B and B~C put A and C together.
        public var pairs: [DuplicatePair]
    }

    /// Clusters ordered by their smallest member.
    public let clusters: [Cluster]

    public init(pairs: [DuplicatePair]) {
        var parent: [Int: Int] = [:]
        func root(_ item: Int) -> Int {
            var current = item
            while let next = parent[current], next != current { current = next }
            var compress = item
            while let next = parent[compress], next != current {
                parent[compress] = current
                compress = next
            }
            return current
        }
        for pair in pairs {
            if parent[pair.a] == nil { parent[pair.a] = pair.a }
            if parent[pair.b] == nil { parent[pair.b] = pair.b }
            let (rootA, rootB) = (root(pair.a), root(pair.b))
            // The smaller index becomes the root so that results do not depend on pair order.
            if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
        }
        var membersByRoot: [Int: [Int]] = [:]
        for item in parent.keys { membersByRoot[root(item), default: []].append(item) }
        var pairsByRoot: [Int: [DuplicatePair]] = [:]
        for pair in pairs { pairsByRoot[root(pair.a), default: []].append(pair) }
        clusters = membersByRoot.keys.sorted().map { key in
            Cluster(
                members: membersByRoot[key]!.sorted(),
                pairs: pairsByRoot[key]!.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
            )
        }
    }
}
