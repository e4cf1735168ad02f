import IQMarkdown

extension MergeConflicts: PerDocumentFact {}

extension MarkdownFile {
    /// The file's unresolved merge conflicts, found once for the rule that reports them, the
    /// rules that leave their lines alone and the linter that holds back the others' findings.
    public var mergeConflicts: MergeConflicts {
        derived.value(MergeConflicts.self) { _ in MergeConflicts(document) }
    }
}
