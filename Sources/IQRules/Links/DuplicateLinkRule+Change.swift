import IQCore
import IQMarkdown

/// Pull-request mode: the comparison itself is cheap (one pass over the links); re-running it
/// over the base versions to learn which findings are old was not. A finding is the change's
/// when its link is on a changed line, or when the earlier link it points at is (a link added
/// above an old one makes the old one the repeat); otherwise both links were there before.
extension DuplicateLinkRule: IncrementalCorpusRule {
    public func check(files: [MarkdownFile], reference: [MarkdownFile], change: PullRequestChange) -> [FileViolation] {
        let changedLines = change.changedLines
        let linted = Set(files.map(\.path))
        func isChanged(path: String, source: SourceText, range: SourceRange) -> Bool {
            guard linted.contains(path) else { return false }
            guard let lines = changedLines[path] else { return true }
            let first = source.reportedLine(containing: range.start), last = source.reportedLine(containing: max(range.start, range.end - 1))
            return (first...max(first, last)).contains(where: lines.contains)
        }
        let sources = Dictionary(files.map { ($0.path, $0.source) }, uniquingKeysWith: { first, _ in first })
        return check(files: files, reference: reference).filter { found in
            guard let source = sources[found.path] else { return false }
            return isChanged(path: found.path, source: source, range: found.violation.range)
                || found.violation.related.contains { isChanged(path: $0.path, source: $0.source, range: $0.range) }
        }
    }
}
