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
            for question in QuestionOutline.questions(in: file, lists: settings.questionLists) { earlierCounts[file.path, default: [:]][question.text, default: 0] += 1 }
        }
        // The base versions are not compared: their questions are the linted files' old ones.
        var corpus = QuestionSet(), changed = QuestionSet()
        for file in reference where !lintedPaths.contains(file.path) { corpus.append(questionsOf: file, lists: settings.questionLists) }
        for file in files {
            let lines = changedLines[file.path]
            let questions = QuestionOutline.questions(in: file, lists: settings.questionLists)
            var counts: [String: Int] = [:]
            for question in questions { counts[question.text, default: 0] += 1 }
            let inCorpus = corpus.add(file), inChanged = changed.add(file)
            for question in questions {
                let isKept = (counts[question.text] ?? 0) <= (earlierCounts[file.path]?[question.text] ?? 0)
                let isOld = lines.map { !Self.touches(question, in: file, $0) } ?? false || isKept
                if isOld { corpus.append(question, fileNumber: inCorpus) } else { changed.append(question, fileNumber: inChanged) }
            }
        }
        guard changed.count > 0 else { return [] }
        let finder = settings.finder
        // Indices refer to `corpus + changed`; the second of a pair is always a changed question
        // (the later one when both are), and it is the one reported.
        let entries = corpus + changed
        let pairs = finder.pairs(newTexts: changed.texts, corpus: corpus.texts, keeping: settings.pairFilter)
        var partners: [Int: [DuplicatePair]] = [:]
        for pair in pairs {
            partners[max(pair.a, pair.b), default: []].append(pair)
        }
        return partners.keys.sorted().compactMap { reported in
            guard reported >= corpus.count, let found = partners[reported] else { return nil }
            return violation(for: reported, pairs: found, entries: entries)
        }
    }

    /// Whether the lines of the question's reported range touch a changed line, as the
    /// pull-request filter judges every diagnostic.
    private static func touches(_ question: Question, in file: MarkdownFile, _ lines: Set<Int>) -> Bool {
        let source = file.source
        let first = source.line(containing: question.range.start)
        let last = source.line(containing: max(question.range.start, question.range.end - 1))
        return (first...max(first, last)).contains(where: lines.contains)
    }
}
