import IQCore
import IQDedup
import IQMarkdown

/// Pull-request mode: only the questions on changed lines are probed, against an index of every
/// other question (the reference files and the unchanged questions of the linted files), and
/// against each other. A pair of two unchanged questions is never compared: it cannot be the
/// change's doing.
extension DuplicateQuestionRule: IncrementalCorpusRule {
    public func check(files: [MarkdownFile], reference: [MarkdownFile], changedLines: [String: Set<Int>]) -> [FileViolation] {
        let lintedPaths = Set(files.map(\.path))
        // A reference file with a linted file's path is its base version: a question on a
        // changed line is still old when the base had as many copies of its text (renumbering
        // a list touches every item).
        var earlierCounts: [String: [String: Int]] = [:]
        for file in reference where lintedPaths.contains(file.path) {
            for entry in QuestionOutline.entries(in: file, lists: settings.questionLists) { earlierCounts[file.path, default: [:]][entry.text, default: 0] += 1 }
        }
        var changed: [QuestionEntry] = [], unchanged: [QuestionEntry] = []
        for file in files {
            let lines = changedLines[file.path]
            let entries = QuestionOutline.entries(in: file, lists: settings.questionLists)
            var counts: [String: Int] = [:]
            for entry in entries { counts[entry.text, default: 0] += 1 }
            for entry in entries {
                let isKept = (counts[entry.text] ?? 0) <= (earlierCounts[file.path]?[entry.text] ?? 0)
                let isOld = lines.map { !Self.touches(entry, $0) } ?? false || isKept
                if isOld { unchanged.append(entry) } else { changed.append(entry) }
            }
        }
        guard !changed.isEmpty else { return [] }
        // The base versions are not compared: their questions are the linted files' old ones.
        let corpus = reference.filter { !lintedPaths.contains($0.path) }
            .flatMap { QuestionOutline.entries(in: $0, lists: settings.questionLists) } + unchanged
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
            return violation(for: reported, pairs: found, entries: entries)
        }
    }

    /// Whether the lines of the question's reported range touch a changed line, as the
    /// pull-request filter judges every diagnostic.
    private static func touches(_ entry: QuestionEntry, _ lines: Set<Int>) -> Bool {
        let source = entry.file.source
        let first = source.reportedLine(containing: entry.range.start)
        let last = source.reportedLine(containing: max(entry.range.start, entry.range.end - 1))
        return (first...max(first, last)).contains(where: lines.contains)
    }
}
