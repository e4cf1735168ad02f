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
        defaultSeverity: .warning,
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
        let linted = files.flatMap { file in settings.questionLists.questions(in: file).map { QuestionEntry(file: file, item: $0) } }
        let corpus = reference.flatMap { file in settings.questionLists.questions(in: file).map { QuestionEntry(file: file, item: $0) } }
        let finder = settings.finder
        // Indices: the reference questions first, then the linted ones in file and source order,
        // so "later" is well defined and a reference question is never the one reported.
        let entries = corpus + linted
        let pairs = corpus.isEmpty
            ? finder.pairs(in: linted.map(\.text)).map { shifted($0, by: 0) }
            : finder.pairs(newTexts: linted.map(\.text), corpus: corpus.map(\.text))
        var partners: [Int: [DuplicatePair]] = [:]
        for pair in settings.keptPairs(pairs, texts: entries.map(\.text), normalizer: finder.normalizer) {
            partners[max(pair.a, pair.b), default: []].append(pair)
        }
        return partners.keys.sorted().compactMap { later in
            guard later >= corpus.count, let found = partners[later] else { return nil }
            return violation(for: entries[later], pairs: found, entries: entries)
        }
    }

    private func shifted(_ pair: DuplicatePair, by offset: Int) -> DuplicatePair {
        DuplicatePair(a: pair.a + offset, b: pair.b + offset, jaccard: pair.jaccard, containment: pair.containment, kind: pair.kind)
    }

    func violation(for entry: QuestionEntry, pairs: [DuplicatePair], entries: [QuestionEntry]) -> FileViolation {
        let ordered = pairs.sorted { (rank($0.kind), -$0.jaccard, min($0.a, $0.b)) < (rank($1.kind), -$1.jaccard, min($1.a, $1.b)) }
        let strongest = ordered[0]
        let first = entries[min(strongest.a, strongest.b)]
        let message: String
        let severity: Severity
        switch strongest.kind {
        case .exact:
            message = "duplicate question: same as '\(excerpt(first.text))' at line \(first.line) after normalisation"
            severity = .error
        case .similar:
            message = "near-duplicate question: '\(excerpt(first.text))' at line \(first.line) (jaccard \(score(strongest.jaccard)))"
            severity = .warning
        case .contained:
            message = "question overlaps '\(excerpt(first.text))' at line \(first.line) (containment \(score(strongest.containment)))"
            severity = .info
        }
        // The strongest few earlier copies explain the finding; `iqlint dupes` lists them all.
        let related = ordered.prefix(Self.maximumRelated).map { pair -> RelatedLocation in
            let other = entries[min(pair.a, pair.b)]
            return RelatedLocation(file: other.file, range: other.range,
                                   message: "asked here (\(pair.kind.rawValue), jaccard \(score(pair.jaccard)), containment \(score(pair.containment)))")
        }
        return FileViolation(path: entry.file.path, violation: Violation(
            range: entry.range, message: message, severity: severity, related: related,
            help: ["merge the two questions, or accept the pair with `ignore-pairs` in .iqlint.yml"]
                + (ordered.count > Self.maximumRelated ? ["\(ordered.count - Self.maximumRelated) more earlier copies: run `iqlint dupes` to see them all"] : [])))
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
