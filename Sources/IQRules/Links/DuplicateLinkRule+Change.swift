import IQCore
import IQMarkdown

/// Pull-request mode: the comparison itself is cheap (one pass over the links); re-running it
/// over the base versions to learn which findings are old was not. A finding is the change's
/// when its link is on a changed line, or when the earlier link it points at is (a link added
/// above an old one makes the old one the repeat); otherwise both links were there before.
///
/// Either way the finding's identity is that of a link on a changed line: only links that
/// can have one of those identities are normalised and compared (`LinkSelection`).
extension DuplicateLinkRule: IncrementalCorpusRule {
    public func check(files: [MarkdownFile], reference: [MarkdownFile], change: PullRequestChange) -> [FileViolation] {
        let changedLines = change.changedLines
        let linted = Set(files.map(\.path))
        func isChanged(path: String, source: SourceText, range: SourceRange) -> Bool {
            linted.contains(path) && change.touches(range, in: source, path: path)
        }
        var identities = Set<String>(), clues = Set<URLClue>()
        for file in files {
            let onChangedLines = ChangedLinks(file: file, lines: changedLines[file.path])
            for link in file.document.links where onChangedLines.contains(link) {
                guard let (identity, clue) = Self.identityAndClue(of: link.destination) else { continue }
                identities.insert(identity)
                clues.insert(clue)
            }
        }
        guard !identities.isEmpty else { return [] }
        let selection = LinkSelection(identities: identities, clues: clues)
        let sources = Dictionary(files.map { ($0.path, $0.source) }, uniquingKeysWith: { first, _ in first })
        return check(files: files, reference: reference, comparing: selection).filter { found in
            guard let source = sources[found.path] else { return false }
            return isChanged(path: found.path, source: source, range: found.violation.range)
                || found.violation.related.contains { isChanged(path: $0.path, source: $0.source, range: $0.range) }
        }
    }
}

/// The links of a linted file whose reported lines include a changed line (every link of a
/// file without line information, as the filter of findings reads it): byte ranges of the
/// changed lines, so that a link is tested with one binary search.
private struct ChangedLinks {
    /// Sorted, disjoint start offsets and end offsets (exclusive) of the changed lines.
    private let ranges: [Range<Int>]?

    init(file: MarkdownFile, lines: Set<Int>?) {
        guard let lines else {
            ranges = nil
            return
        }
        // As `SourceText.reportedLine(containing:)` reads offsets: the first line from any
        // offset before the second, the last one to any offset after it.
        let starts = file.source.reportedLineStarts
        ranges = lines.sorted().compactMap { line in
            guard line >= 1, line <= starts.count else { return nil }
            return (line == 1 ? Int.min : starts[line - 1])..<(line < starts.count ? starts[line] : Int.max)
        }
    }

    func contains(_ link: Link) -> Bool {
        guard let ranges else { return true }
        let first = link.range.start, last = max(link.range.start, link.range.end - 1)
        // The first changed line that ends after the link's first byte.
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= first { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].lowerBound <= last
    }
}
