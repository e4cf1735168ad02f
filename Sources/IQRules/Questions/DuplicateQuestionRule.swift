import IQCore
import IQDedup
import IQMarkdown

public struct DuplicateQuestionRule: CorpusRule {
    public static let description = RuleDescription(
        id: "duplicate-question",
        summary: "no question is asked twice, even in other words",
        details: """
            Compares every question (the link text of a list item, or its text when it has no \
            link) with every other question in all files linted together, across sections. \
            Texts are normalised first: NFKC, case folding, punctuation, symbols and spaces \
            removed, question words such as 什么是, 如何, 的区别, what is and how to dropped, \
            `aliases` applied and English word forms folded. Then the character bigrams of two \
            questions are compared:

            - identical after normalisation: **error**;
            - Jaccard similarity at least `threshold`: **warning** (a rewording);
            - the shorter one at least `containment` inside the longer one (and at least \
            `min-containment-length` characters long): **info** ("X" against "X and Y").

            The later question is reported, with the earlier one(s) as related locations and the \
            score in the message. Candidates come from an exact join on small banks and from \
            MinHash with LSH on large ones; every candidate is scored exactly. In pull-request \
            mode (`--base`) the added questions are compared with every question of the base \
            tree. Accept a pair with `ignore-pairs`, or suppress one line with \
            `<!-- iqlint-disable-next-line duplicate-question -->`.
            """,
        rationale: """
            "Check for duplicate questions before you submit" is the first line of most \
            contribution guides and the one nobody can check by eye in a bank of hundreds of \
            questions. Duplicates split the answers to one question over two places.
            """,
        defaultSeverity: .error,
        fix: .none,
        options: DuplicateQuestionSettings.options,
        triggeringExamples: [
            RuleExample("## 微调\n\n1. [微调方法总结](https://a.example/1)\n2. [LoRA原理](https://a.example/2)\n3. ↓[不同微调方法的总结](https://a.example/3)\n"),
            RuleExample("1. [什么是scale law](https://a.example/1)\n2. ↓[Scale Law是什么？](https://b.example/2)\n"),
            RuleExample("- [What is the difference between LayerNorm and BatchNorm?](https://a.example/1)\n- ↓[Difference between BatchNorm and LayerNorm](https://b.example/2)\n"),
            RuleExample("- [How does RLHF work?](https://a.example/1)\n- ↓[How RLHF works](https://b.example/2)\n"),
            RuleExample("1. [scaling law](https://a.example/1)\n2. ↓[scale laws](https://b.example/2)\n", options: ["aliases": ["scale law": "scaling law"]]),
            RuleExample("1. [chatGLM2](https://a.example/1)\n2. ↓[chatGLM3](https://a.example/2)\n", options: ["distinct-numbers": false]),
        ],
        nonTriggeringExamples: [
            RuleExample("1. [什么是BERT](https://a.example/1)\n2. [什么是GPT](https://a.example/2)\n3. [什么是T5](https://a.example/3)\n"),
            RuleExample("1. [RLHF的流程](https://a.example/1)\n2. [RAG的流程](https://a.example/2)\n"),
            RuleExample("1. [chatGLM](https://a.example/1)\n2. [chatGLM2](https://a.example/2)\n3. [chatGLM3](https://a.example/3)\n"),
            RuleExample("## 目录\n\n1. [微调](#微调)\n\n## 微调\n\n1. [微调](https://a.example/1)\n"),
            RuleExample("1. [BERT](https://a.example/1)\n<!-- iqlint-disable-next-line duplicate-question -->\n2. [BERT](https://b.example/2)\n"),
            RuleExample("1. [微调方法总结](https://a.example/1)\n2. [不同微调方法的总结](https://a.example/2)\n",
                        options: ["ignore-pairs": [["微调方法总结", "不同微调方法的总结"]]]),
        ],
        skippedVariants: [:]
    )

    let settings: DuplicateQuestionSettings

    public init(options: RuleOptions) throws(RuleConfigurationError) {
        settings = try DuplicateQuestionSettings(options: options)
    }

    public func check(files: [MarkdownFile], reference: [MarkdownFile]) -> [FileViolation] {
        let lintedPaths = Set(files.map(\.path))
        // A reference file with the path of a linted file is that file before the change
        // (pull-request mode): its questions tell which linted questions are old, and it is not
        // compared, or every old question would repeat itself.
        var earlierTexts: [String: Set<String>] = [:]
        for file in reference where lintedPaths.contains(file.path) {
            earlierTexts[file.path, default: []].formUnion(QuestionOutline.entries(in: file, lists: settings.questionLists).map(\.text))
        }
        let linted = files.flatMap { QuestionOutline.entries(in: $0, lists: settings.questionLists) }
        let corpus = reference.filter { !lintedPaths.contains($0.path) }
            .flatMap { QuestionOutline.entries(in: $0, lists: settings.questionLists) }
        let finder = settings.finder
        // Indices: the reference questions first, then the linted ones in file and source order,
        // so "later" is well defined and a reference question is never the one reported.
        let entries = corpus + linted
        let isAdded = entries.indices.map { index in
            index >= corpus.count && earlierTexts[entries[index].file.path].map { !$0.contains(entries[index].text) } ?? true
        }
        let pairs = corpus.isEmpty
            ? finder.pairs(in: linted.map(\.text))
            : finder.pairs(newTexts: linted.map(\.text), corpus: corpus.map(\.text))
        var partners: [Int: [DuplicatePair]] = [:]
        for pair in settings.keptPairs(pairs, texts: entries.map(\.text), normalizer: finder.normalizer) {
            partners[reported(pair, isAdded: isAdded), default: []].append(pair)
        }
        return partners.keys.sorted().compactMap { index in
            guard index >= corpus.count, let found = partners[index] else { return nil }
            return violation(for: index, pairs: found, entries: entries)
        }
    }

    /// The question a pair is reported on: the one a change added when only one of the two is
    /// new, whichever comes first in the file; otherwise the later one.
    private func reported(_ pair: DuplicatePair, isAdded: [Bool]) -> Int {
        let (earlier, later) = (min(pair.a, pair.b), max(pair.a, pair.b))
        return isAdded[earlier] && !isAdded[later] ? earlier : later
    }

    private func violation(for index: Int, pairs: [DuplicatePair], entries: [QuestionEntry]) -> FileViolation {
        let entry = entries[index]
        func other(_ pair: DuplicatePair) -> QuestionEntry { entries[pair.a == index ? pair.b : pair.a] }
        let ordered = pairs.sorted { (rank($0.kind), -$0.jaccard, other($0).line) < (rank($1.kind), -$1.jaccard, other($1).line) }
        let strongest = ordered[0]
        let first = other(strongest)
        // Another file is named, so the message can be acted on without the related location.
        let place = first.file.path == entry.file.path ? "line \(first.line)" : "\(first.file.path):\(first.line)"
        let message: String
        let severity: Severity
        switch strongest.kind {
        case .exact:
            message = "duplicate question: same as '\(excerpt(first.text))' at \(place) after normalisation"
            severity = .error
        case .similar:
            message = "near-duplicate question: '\(excerpt(first.text))' at \(place) (similarity \(score(strongest.jaccard)))"
            severity = .warning
        case .contained:
            message = "question overlaps '\(excerpt(first.text))' at \(place) (containment \(score(strongest.containment)))"
            severity = .info
        }
        // The strongest few other copies explain the finding; `iqlint dupes` lists them all.
        let related = ordered.prefix(Self.maximumRelated).map { pair -> RelatedLocation in
            let copy = other(pair)
            return RelatedLocation(file: copy.file, range: copy.range,
                                   message: "asked here (\(pair.kind.rawValue), similarity \(score(pair.jaccard)), containment \(score(pair.containment)))")
        }
        return FileViolation(path: entry.file.path, violation: Violation(
            range: entry.range, message: message, severity: severity, related: related,
            help: ["merge the two questions, or accept the pair with `ignore-pairs` in .iqlint.yml"]
                + (ordered.count > Self.maximumRelated ? ["\(ordered.count - Self.maximumRelated) more copies: run `iqlint dupes` to see them all"] : [])))
    }

    static let maximumRelated = 5

    private func rank(_ kind: DuplicateKind) -> Int {
        switch kind {
        case .exact: 0
        case .similar: 1
        case .contained: 2
        }
    }

    private func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    private func excerpt(_ text: String) -> String {
        text.count > 30 ? text.prefix(30) + "…" : text
    }
}
