import Foundation

/// The `id<TAB>text` corpus written by `bench/gen_corpus.py`, in id order.
struct BenchmarkCorpus {
    let texts: [String]

    init(tsvPath: String) throws {
        let contents = try String(contentsOfFile: tsvPath, encoding: .utf8)
        texts = contents.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            guard let tab = line.firstIndex(of: "\t") else { return String(line) }
            return String(line[line.index(after: tab)...])
        }
    }
}
