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
        let linted = Set(files.map(\.path))
        func isChanged(path: String, source: SourceText, range: SourceRange) -> Bool {
            linted.contains(path) && change.touches(range, in: source, path: path)
        }
        var identities = Set<String>(), clues = Set<URLClue>()
        for file in files {
            let changedBytes = change.changedBytes(of: file.path, in: file.source)
            for link in file.document.links where changedBytes?.touches(link.range) ?? true {
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
