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
        var referenceQuestions = QuestionSet()
        for file in reference where !lintedPaths.contains(file.path) { referenceQuestions.append(questionsOf: file, lists: settings.questionLists) }
        let touched = zip(files, headQuestions).map { file, questions in TouchedQuestions(file: file, questions: questions, change: change) }
        let finder = settings.finder
        @Sendable func pairs(of split: (corpus: QuestionSet, changed: QuestionSet)) -> DuplicateSearch {
            Timings.measure("duplicate-question › pairs") { finder.search(newTexts: split.changed.texts, corpus: split.corpus.texts, keeping: settings.pairFilter) }
        }
        // A question on a changed line is still old when the base had as many copies of its
        // text (renumbering a list touches every item); telling needs the base versions, which
        // parse on the other core meanwhile. When few questions are touched, the pairs are
        // found first as if all of them were new, the usual case (questions added or
        // reworded); they stand when the base agrees, as they are then the same search.
        let lists = settings.questionLists
        let countEarlier = { @Sendable in
            Timings.measure("duplicate-question › earlier counts") {
                touched.map { entry in
                    Self.earlierCounts(in: entry.texts.isEmpty ? [] : change.base(of: entry.file.path).map { [$0] } ?? [],
                                       of: entry.texts, atLeast: entry.counts, lists: lists)
                }
            }
        }
        // Both at once: the pairs as if every touched question were new, and the base's counts.
        var speculative: (split: (corpus: QuestionSet, changed: QuestionSet), search: DuplicateSearch)?
        let earlierCounts: [[String: Int]]
        if (1...Self.speculativeTouchedLimit).contains(touched.reduce(0) { $0 + $1.touchedCount }) {
            let split = split(touched, reference: referenceQuestions, earlierCounts: nil)
            let (found, counts) = Parallel.both({ pairs(of: split) }, countEarlier)
            speculative = (split, found)
            earlierCounts = counts
        } else {
            earlierCounts = countEarlier()
        }
        // The base can only move touched questions to the corpus: the same count is the same
        // split, and the speculative pairs stand.
        let changedCount = zip(touched, earlierCounts).reduce(0) { $0 + $1.0.changedCount(earlier: $1.1) }
        guard changedCount > 0 else { return [] }
        let confirmed = speculative.flatMap { $0.split.changed.count == changedCount ? $0 : nil }
        let (corpus, changed) = confirmed?.split ?? split(touched, reference: referenceQuestions, earlierCounts: earlierCounts)
        // Indices refer to `corpus + changed`; the second of a pair is always a changed question
        // (the later one when both are), and it is the one reported.
        let entries = corpus + changed
        let found = confirmed?.search ?? pairs(of: (corpus, changed))
        var partners: [Int: [DuplicatePair]] = [:]
        for pair in found.pairs {
            partners[max(pair.a, pair.b), default: []].append(pair)
        }
        let copied = Self.copiedItems(found.pairs, entries: entries)
        return violations(partners, entries: entries, reportedFrom: corpus.count, skeleton: copied.skeleton, forms: copied.forms,
                          search: found)
    }

    /// At most this many questions on changed lines are paired before the base is read.
    static let speculativeTouchedLimit = 64

    /// The questions of one linted file, which of them touch the changed lines, and how many
    /// copies of each touched text the file holds.
    private struct TouchedQuestions {
        let file: MarkdownFile
        let questions: [Question]
        let touching: [Bool]
        /// The texts of the touched questions.
        let texts: Set<String>
        let counts: [String: Int]

        init(file: MarkdownFile, questions: [Question], change: PullRequestChange) {
            self.file = file
            self.questions = questions
            // As the pull-request filter judges every diagnostic.
            if let changed = change.changedBytes(of: file.path, in: file.source) {
                touching = questions.map { changed.touches($0.range) }
            } else {
                touching = Array(repeating: true, count: questions.count)
            }
            // Only the texts of changed questions are counted: hashing every text of a large bank
            // (twice, with the table growing) cost more than the probe itself.
            texts = Set(zip(questions, touching).lazy.filter(\.1).map(\.0.text))
            counts = DuplicateQuestionRule.counts(of: texts, in: questions)
        }

        var touchedCount: Int { touching.count { $0 } }

        /// How many touched questions are new: more copies of their text than the base had
        /// (`earlier`), as `split` decides.
        func changedCount(earlier: [String: Int]) -> Int {
            zip(questions, touching).count { question, touches in
                touches && (counts[question.text] ?? 0) > (earlier[question.text] ?? 0)
            }
        }
    }

    /// The reference questions and the old questions of the linted files (untouched, or with no
    /// more copies than the base had: `earlierCounts`, one table per file of `touched`; nil, no
    /// copies), then the changed ones, in file order.
    private func split(_ touched: [TouchedQuestions], reference: QuestionSet, earlierCounts: [[String: Int]]?)
        -> (corpus: QuestionSet, changed: QuestionSet) {
        var corpus = reference, changed = QuestionSet()
        for (number, entry) in touched.enumerated() {
            let inCorpus = corpus.add(entry.file), inChanged = changed.add(entry.file)
            let earlier = earlierCounts?[number] ?? [:]
            for (question, touches) in zip(entry.questions, entry.touching) {
                if !touches || (entry.counts[question.text] ?? 0) <= (earlier[question.text] ?? 0) {
                    corpus.append(question, fileNumber: inCorpus)
                } else {
                    changed.append(question, fileNumber: inChanged)
                }
            }
        }
        return (corpus, changed)
    }

    /// How many of `questions` have each of `texts`.
    fileprivate static func counts(of texts: Set<String>, in questions: [Question]) -> [String: Int] {
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
        let clues = texts.map(QuestionClue.init)
        for base in bases {
            let source = base.source
            // Each list on its own: a large bank's on every core. An item whose bytes cannot
            // hold any of the texts is left alone (the labels are worked out only if one can).
            for counts in Parallel.map(base.document.lists, { list in
                var counts: [String: Int] = [:]
                for item in list.items {
                    let bytes = source.bytes[item.range.start..<item.range.end]
                    guard clues.contains(where: { $0.mayBeIn(bytes) }),
                          let question = Question(item: item, in: source, labels: LinkLabels.of(base)),
                          let text = matcher.match(question.text) else { continue }
                    counts[text, default: 0] += 1
                }
                return counts
            }) {
                bound.merge(counts, uniquingKeysWith: +)
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
