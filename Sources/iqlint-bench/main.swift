import Foundation
import IQDedup

// Usage: iqlint-bench CORPUS.tsv EXPORT_PREFIX [RUNS]
//        iqlint-bench --new-texts CORPUS.tsv [RUNS] (see NewTextsBenchmark)
// Prints one JSON object: per-phase times of the best of RUNS MinHash-LSH runs, peak RSS after
// them, and recall/precision against the exact join (run last so it does not inflate the RSS).
let arguments = CommandLine.arguments
if arguments.count >= 3, arguments[1] == "--new-texts" {
    try NewTextsBenchmark.run(corpus: BenchmarkCorpus.loadOrExit(arguments[2]), runs: arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3)
    exit(0)
}
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: iqlint-bench CORPUS.tsv EXPORT_PREFIX [RUNS]\n".utf8))
    exit(2)
}
let corpus = BenchmarkCorpus.loadOrExit(arguments[1])
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3
let rssBefore = PeakMemory.bytes

/// The fastest of `runs` searches: the first run also pays for page faults of fresh buffers.
func bestRun(_ finder: NearDuplicateFinder) -> (DedupStatistics, [DuplicatePair]) {
    var best = DedupStatistics()
    var pairs: [DuplicatePair] = []
    for run in 0..<runs {
        var statistics = DedupStatistics()
        pairs = finder.pairs(in: corpus.texts, statistics: &statistics)
        if run == 0 || statistics.total < best.total { best = statistics }
    }
    return (best, pairs)
}

let lshFinder = NearDuplicateFinder(configuration: DedupConfiguration(strategy: .minHashLSH))
let (best, lshPairs) = bestRun(lshFinder)
let rssAfterLSH = PeakMemory.bytes

// The Python libraries run 32 bands of 4 rows and no containment search; this run does the same
// work so the MinHash+LSH times compare like with like.
let sameBandsAsPython = NearDuplicateFinder(configuration: DedupConfiguration(
    containment: 2, candidateThreshold: pow(1.0 / 32, 1.0 / 4), strategy: .minHashLSH
))
let (comparable, _) = bestRun(sameBandsAsPython)

let exactFinder = NearDuplicateFinder(configuration: DedupConfiguration(strategy: .exactJoin))
var exactStatistics = DedupStatistics()
let exactPairs = exactFinder.pairs(in: corpus.texts, statistics: &exactStatistics)

let report = RecallReport(lsh: lshPairs, exact: exactPairs, threshold: lshFinder.configuration.threshold)
try ShingleExport.write(texts: corpus.texts, normalizer: lshFinder.normalizer, prefix: arguments[2])

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
let n = Double(corpus.texts.count)
let result: [String: Any] = [
    "items": corpus.texts.count,
    "runs": runs,
    "normalize_shingle_s": seconds(best.normalizeAndShingle),
    "signatures_s": seconds(best.signatures),
    "index_s": seconds(best.index),
    "query_s": seconds(best.query),
    "verify_s": seconds(best.verify),
    "total_s": seconds(best.total),
    "signatures_items_per_s": n / seconds(best.signatures),
    "total_items_per_s": n / seconds(best.total),
    "candidate_pairs": best.candidatePairs,
    "reported_pairs": best.reportedPairs,
    "signature_bytes_per_item": Double(best.signatureBytes) / n,
    "index_bytes_per_item": Double(best.indexBytes) / n,
    "rows_per_band": best.rowsPerBand,
    "peak_rss_bytes": rssAfterLSH,
    "rss_before_search_bytes": rssBefore,
    "comparable_32x4_signatures_s": seconds(comparable.signatures),
    "comparable_32x4_minhash_lsh_s": seconds(comparable.signatures + comparable.index + comparable.query),
    "comparable_32x4_candidate_pairs": comparable.candidatePairs,
    "exact_join_total_s": seconds(exactStatistics.total),
    "exact_join_candidate_pairs": exactStatistics.candidatePairs,
    "ground_truth_pairs_at_threshold": report.groundTruthAtThreshold,
    "recall_at_threshold": report.recallAtThreshold,
    "ground_truth_pairs_all_kinds": report.groundTruthAll,
    "recall_all_kinds": report.recallAll,
    "precision": report.precision,
]
let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
