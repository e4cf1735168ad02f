import IQDedup

/// How many of the exact join's pairs MinHash LSH found, and whether it reported anything else.
struct RecallReport {
    let groundTruthAtThreshold: Int
    let recallAtThreshold: Double
    let groundTruthAll: Int
    let recallAll: Double
    let precision: Double

    init(lsh: [DuplicatePair], exact: [DuplicatePair], threshold: Double) {
        func key(_ pair: DuplicatePair) -> Int { pair.a << 32 | pair.b }
        let found = Set(lsh.map(key))
        let truth = Set(exact.map(key))
        let truthAtThreshold = Set(exact.filter { $0.jaccard >= threshold - 1e-9 }.map(key))
        groundTruthAtThreshold = truthAtThreshold.count
        recallAtThreshold = Self.share(truthAtThreshold.intersection(found).count, of: truthAtThreshold.count)
        groundTruthAll = truth.count
        recallAll = Self.share(truth.intersection(found).count, of: truth.count)
        // Exact pairs carry exact scores, so a reported pair is correct exactly when the join has it too.
        precision = Self.share(found.intersection(truth).count, of: found.count)
    }

    private static func share(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 1 : Double(part) / Double(whole)
    }
}
