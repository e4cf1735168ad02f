/// Computes exact scores for candidate pairs and decides whether and how each is reported.
struct PairVerifier {
    let corpus: ShingledCorpus
    let configuration: DedupConfiguration

    /// The Jaccard similarity below which nothing is reported; candidate search must reach it.
    static func minimumReportedJaccard(_ configuration: DedupConfiguration) -> Double {
        min(configuration.threshold, configuration.candidateThreshold)
    }

    func verify(_ a: Int, _ b: Int) -> DuplicatePair? {
        let sizeA = corpus.shingleCount(of: a)
        let sizeB = corpus.shingleCount(of: b)
        guard sizeA > 0, sizeB > 0 else { return nil }
        // Jaccard can never exceed the size ratio: most candidates stop here without a merge.
        let floor = Self.minimumReportedJaccard(configuration)
        guard Double(min(sizeA, sizeB)) >= floor * Double(max(sizeA, sizeB)) - 1e-9 else { return nil }
        let shared = Self.intersectionCount(corpus.shingles(of: a), corpus.shingles(of: b))
        let union = sizeA + sizeB - shared
        let jaccard = Double(shared) / Double(union)
        let containment = Double(shared) / Double(min(sizeA, sizeB))
        let kind: DuplicateKind
        if corpus.normalized(a) == corpus.normalized(b) {
            kind = .exact
        } else if Double(shared) >= configuration.threshold * Double(union) - 1e-9 {
            kind = .similar
        } else if Double(shared) >= configuration.candidateThreshold * Double(union) - 1e-9,
                  Double(shared) >= configuration.containment * Double(min(sizeA, sizeB)) - 1e-9,
                  min(corpus.characterCount(of: a), corpus.characterCount(of: b)) >= configuration.minContainmentLength {
            kind = .contained
        } else {
            return nil
        }
        return DuplicatePair(a: a, b: b, jaccard: jaccard, containment: containment, kind: kind)
    }

    /// Size of the intersection of two ascending, duplicate-free arrays.
    static func intersectionCount(_ first: ArraySlice<UInt64>, _ second: ArraySlice<UInt64>) -> Int {
        first.withUnsafeBufferPointer { x in
            second.withUnsafeBufferPointer { y in
                var i = 0, j = 0, shared = 0
                while i < x.count && j < y.count {
                    let left = x[i], right = y[j]
                    if left == right { shared += 1 }
                    if left <= right { i += 1 }
                    if right <= left { j += 1 }
                }
                return shared
            }
        }
    }
}
