import IQCore
import IQDedup
import IQMarkdown

/// Pull-request mode: only the questions on changed lines are probed, against an index of every
/// other question (the reference files and the unchanged questions of the linted files), and
/// against each other. A pair of two unchanged questions is never compared: it cannot be the
/// change's doing.
extension DuplicateQuestionRule: IncrementalCorpusRule {
    public func check(files: [MarkdownFile], reference: [MarkdownFile], change: PullRequestChange) -> [FileViolation] {
        let lintedPaths = Set(files.map(\.path))
        let headQuestions = Timings.measure("duplicate-question › questions") { files.map { QuestionOutline.questions(in: $0, lists: settings.questionLists) } }
        // The base versions are not compared: their questions are the linted files' old ones.
        var corpus = QuestionSet(), changed = QuestionSet()
        for file in reference where !lintedPaths.contains(file.path) { corpus.append(questionsOf: file, lists: settings.questionLists) }
        for (file, questions) in zip(files, headQuestions) {
            // As the pull-request filter judges every diagnostic.
            let source = file.source
            let touching = questions.map { change.touches($0.range, in: source, path: file.path) }
            // Only the texts of changed questions are counted: hashing every text of a large bank
            // (twice, with the table growing) cost more than the probe itself.
            let touchedTexts = Set(zip(questions, touching).lazy.filter(\.1).map(\.0.text))
            let counts = Self.counts(of: touchedTexts, in: questions)
            // A question on a changed line is still old when the base had as many copies of its
            // text (renumbering a list touches every item).
            let earlierCounts = Timings.measure("duplicate-question › earlier counts") { Self.earlierCounts(in: touchedTexts.isEmpty ? [] : change.base(of: file.path).map { [$0] } ?? [],
                                                   of: touchedTexts, atLeast: counts, lists: settings.questionLists) }
            let inCorpus = corpus.add(file), inChanged = changed.add(file)
            for (question, touches) in zip(questions, touching) {
                if !touches || (counts[question.text] ?? 0) <= (earlierCounts[question.text] ?? 0) {
                    corpus.append(question, fileNumber: inCorpus)
                } else {
                    changed.append(question, fileNumber: inChanged)
                }
            }
        }
        guard changed.count > 0 else { return [] }
        let finder = settings.finder
        // Indices refer to `corpus + changed`; the second of a pair is always a changed question
        // (the later one when both are), and it is the one reported.
        let entries = corpus + changed
        let pairs = Timings.measure("duplicate-question › pairs") { finder.pairs(newTexts: changed.texts, corpus: corpus.texts, keeping: settings.pairFilter) }
        var partners: [Int: [DuplicatePair]] = [:]
        for pair in pairs {
            partners[max(pair.a, pair.b), default: []].append(pair)
        }
        return partners.keys.sorted().compactMap { reported in
            guard reported >= corpus.count, let found = partners[reported] else { return nil }
            return violation(for: reported, pairs: found, entries: entries)
        }
    }

    /// How many of `questions` have each of `texts`.
    private static func counts(of texts: Set<String>, in questions: [Question]) -> [String: Int] {
        guard !texts.isEmpty else { return [:] }
        let matcher = TextMatcher(texts)
        var counts: [String: Int] = [:]
        for question in questions {
            if let text = matcher.match(question.text) { counts[text, default: 0] += 1 }
        }
        return counts
    }

    /// How many questions of `bases` (the base versions of one file) have each of `texts`. The
    /// base's questions need its conventions, as costly as the rest of the check on a large
    /// bank; they are worked out only when the texts of all its list items (a superset of its
    /// questions) hold some text as often as `counts` says the linted file does. Otherwise no
    /// text can have as many copies in the base, and the counts of the items decide the same.
    private static func earlierCounts(in bases: [MarkdownFile], of texts: Set<String>, atLeast counts: [String: Int],
                                      lists: QuestionLists) -> [String: Int] {
        guard !texts.isEmpty, !bases.isEmpty else { return [:] }
        var bound: [String: Int] = [:]
        let matcher = TextMatcher(texts)
        for base in bases {
            let labels = LinkLabels.of(base)
            let source = base.source
            for list in base.document.lists {
                for item in list.items {
                    guard let question = Question(item: item, in: source, labels: labels), let text = matcher.match(question.text) else { continue }
                    bound[text, default: 0] += 1
                }
            }
        }
        guard bound.contains(where: { $0.value >= counts[$0.key] ?? 0 }) else { return bound }
        var exact: [String: Int] = [:]
        for base in bases {
            for question in QuestionOutline.questions(in: base, lists: lists) {
                if let text = matcher.match(question.text) { exact[text, default: 0] += 1 }
            }
        }
        return exact
    }
}

/// Which of a few texts a question has, as `Set<String>` would say (canonical equivalence): a
/// handful are compared directly, which for unequal texts stops at the first difference,
/// instead of hashing every text of a large bank.
private struct TextMatcher {
    private let texts: Set<String>
    private let few: [String]?

    init(_ texts: Set<String>) {
        self.texts = texts
        few = texts.count <= 8 ? Array(texts) : nil
    }

    /// The member of the set equal to `text`.
    func match(_ text: String) -> String? {
        if let few { return few.first { $0 == text } }
        return texts.firstIndex(of: text).map { texts[$0] }
    }
}
