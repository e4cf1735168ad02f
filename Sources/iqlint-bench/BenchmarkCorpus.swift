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

    /// The corpus at `path`; when it cannot be read, one line on standard error and exit code 2
    /// (a benchmark run with a wrong path is bad input, not a crash).
    static func loadOrExit(_ path: String) -> BenchmarkCorpus {
        do {
            return try BenchmarkCorpus(tsvPath: path)
        } catch {
            let reason = switch (error as? CocoaError)?.code {
            case .fileReadNoSuchFile?: "no such file"
            case .fileReadInapplicableStringEncoding?: "not UTF-8 text"
            default: "cannot be read"
            }
            FileHandle.standardError.write(Data("iqlint-bench: \(path): \(reason)\n".utf8))
            exit(2)
        }
    }
}
