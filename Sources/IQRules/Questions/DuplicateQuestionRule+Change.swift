import IQCore
import IQDedup
import IQMarkdown

/// Pull-request mode: only the questions on changed lines are probed, against an index of every
/// other question (the reference files and the unchanged questions of the linted files), and
/// against each other. A pair of two unchanged questions is never compared: it cannot be the
/// change's doing.
extension DuplicateQuestionRule: IncrementalCorpusRule {
    public func check(files: [MarkdownFile], reference: [MarkdownFile], changedLines: [String: Set<Int>]) -> [FileViolation] {
        var changed: [QuestionEntry] = [], unchanged: [QuestionEntry] = []
        for file in files {
            let lines = changedLines[file.path]
            for item in settings.questionLists.questions(in: file) {
                let entry = QuestionEntry(file: file, item: item)
                if let lines, !Self.touches(entry, lines) { unchanged.append(entry) } else { changed.append(entry) }
            }
        }
        guard !changed.isEmpty else { return [] }
        let corpus = reference.flatMap { file in settings.questionLists.questions(in: file).map { QuestionEntry(file: file, item: $0) } }
            + unchanged
        let finder = settings.finder
        // Indices refer to `corpus + changed`; the second of a pair is always a changed question
        // (the later one when both are), and it is the one reported.
        let entries = corpus + changed
        let pairs = finder.pairs(newTexts: changed.map(\.text), corpus: corpus.map(\.text))
        var partners: [Int: [DuplicatePair]] = [:]
        for pair in settings.keptPairs(pairs, texts: entries.map(\.text), normalizer: finder.normalizer) {
            partners[max(pair.a, pair.b), default: []].append(pair)
        }
        return partners.keys.sorted().compactMap { reported in
            guard reported >= corpus.count, let found = partners[reported] else { return nil }
            return violation(for: entries[reported], pairs: found, entries: entries)
        }
    }

    /// Whether the lines of the question's reported range touch a changed line, as the
    /// pull-request filter judges every diagnostic.
    private static func touches(_ entry: QuestionEntry, _ lines: Set<Int>) -> Bool {
        let source = entry.file.source
        let first = source.line(containing: entry.range.start)
        let last = source.line(containing: max(entry.range.start, entry.range.end - 1))
        return (first...max(first, last)).contains(where: lines.contains)
    }
}
