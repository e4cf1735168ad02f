import IQMarkdown

/// A corpus rule that can judge a change on its own in pull-request mode: it compares only the
/// items on changed lines against everything else (the unchanged items of the linted files and
/// the reference files), instead of comparing the whole corpus twice (new and base versions)
/// and keeping the difference. On a large bank with a small change that is most of the cost.
public protocol IncrementalCorpusRule: CorpusRule {
    /// Violations the change is responsible for, each on an item that touches `changedLines`
    /// of its file. A file of `files` missing from `changedLines` is new: all of it is changed.
    func check(files: [MarkdownFile], reference: [MarkdownFile], changedLines: [String: Set<Int>]) -> [FileViolation]
}
