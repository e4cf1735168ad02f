import Foundation
import IQDedup

/// `iqlint-bench --new-texts CORPUS.tsv [RUNS]`: pull-request mode's search with the direct
/// probe (each new text against every text) and with the index, for growing numbers of new
/// texts (the corpus's last ones), so that `DedupConfiguration.directProbeNewTextLimit` rests on
/// a measurement. Prints one JSON object a line: the best of RUNS per path.
enum NewTextsBenchmark {
    static func run(corpus: BenchmarkCorpus, runs: Int) throws {
        for newCount in [1, 3, 10, 30, 100, 300, 1_000, 3_000] where newCount < corpus.texts.count {
            let corpusTexts = Array(corpus.texts.dropLast(newCount)), newTexts = Array(corpus.texts.suffix(newCount))
            var result: [String: Any] = ["items": corpus.texts.count, "new_texts": newCount, "pairs_probed": newCount * corpus.texts.count]
            for (name, limit) in [("direct", Int.max), ("index", 0)] {
                var configuration = DedupConfiguration()
                configuration.directProbeNewTextLimit = limit
                let finder = NearDuplicateFinder(configuration: configuration)
                var best = DedupStatistics()
                for run in 0..<runs {
                    var statistics = DedupStatistics()
                    _ = finder.pairs(newTexts: newTexts, corpus: corpusTexts, statistics: &statistics)
                    if run == 0 || statistics.total < best.total { best = statistics }
                }
                // Normalising is the same for both; the rest is what the limit decides between.
                result["\(name)_total_s"] = seconds(best.total)
                result["\(name)_search_s"] = seconds(best.total - best.normalizeAndShingle)
                result["\(name)_reported_pairs"] = best.reportedPairs
            }
            let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
            print(String(decoding: json, as: UTF8.self))
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
