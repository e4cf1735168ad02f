/// Two texts found to be duplicates, with their scores (features weighted by rarity).
public struct DuplicatePair: Sendable, Hashable {
    /// Index of the first text; always smaller than ``b``.
    public var a: Int
    /// Index of the second text.
    public var b: Int
    /// Weighted Jaccard similarity of the two feature sets.
    public var jaccard: Double
    /// Weighted share of the smaller feature set found in the larger: `w(A ∩ B) / min(w(A), w(B))`.
    public var containment: Double
    public var kind: DuplicateKind

    public init(a: Int, b: Int, jaccard: Double, containment: Double, kind: DuplicateKind) {
        self.a = a
        self.b = b
        self.jaccard = jaccard
        self.containment = containment
        self.kind = kind
    }
}

/// Why a pair was reported, strongest first.
public enum DuplicateKind: String, Sendable, Hashable, CaseIterable {
    /// The normalised texts are identical.
    case exact
    /// Weighted similarity at or above the configured threshold: a rewording.
    case similar
    /// One text is (almost) inside the other, as "X" is inside "X and Y".
    case contained
}
