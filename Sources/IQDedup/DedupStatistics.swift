/// What one search did and how long each phase took; filled only when asked for, for benchmarks.
public struct DedupStatistics: Sendable {
    /// Normalising the texts and building their bigram sets.
    public var normalizeAndShingle: Duration = .zero
    /// Computing MinHash signatures (zero for the exact join).
    public var signatures: Duration = .zero
    /// Building the LSH bands, or ranking bigrams for the exact join.
    public var index: Duration = .zero
    /// Enumerating candidate pairs (MinHash bands or exact join, plus the containment join) and
    /// removing repeats.
    public var query: Duration = .zero
    /// Exact scoring of every candidate.
    public var verify: Duration = .zero
    /// Distinct pairs verified exactly.
    public var candidatePairs = 0
    public var reportedPairs = 0
    /// Whether the exact join was used instead of MinHash LSH.
    public var usedExactJoin = false
    /// Whether pull-request mode paired each new text with every other text, without an index.
    public var usedDirectProbe = false
    /// Bytes held by the signatures (one scratch signature: they are not kept) and by the LSH
    /// index (band keys, and the one band being enumerated).
    public var signatureBytes = 0
    public var indexBytes = 0
    /// Rows per LSH band (zero for the exact join).
    public var rowsPerBand = 0

    public init() {}

    public var total: Duration { normalizeAndShingle + signatures + index + query + verify }
}
