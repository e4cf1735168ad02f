/// Reports suppression comments that suppress nothing; implemented by `Linter`, which is the
/// only place that knows which diagnostics a comment hid.
public struct UnusedSuppressionRule: LinterRule {
    public static let description = RuleDescription(
        id: "unused-suppression",
        summary: "a suppression comment suppresses nothing, names an unknown rule or is misspelled",
        details: """
            Reports `<!-- iqlint-disable … -->`, `<!-- iqlint-disable-line … -->`, \
            `<!-- iqlint-disable-next-line … -->` and `<!-- iqlint-disable-file … -->` comments \
            that hid no diagnostic in this run (**info**), and, as a **warning**, suppression \
            comments that name a rule iqlint does not know or a directive that does not exist \
            (`<!-- iqlint-disabel … -->`, `<!-- iqlint-disable-lines … -->`): such a comment \
            silently does nothing. A comment naming a rule that is turned off is not judged.
            """,
        rationale: """
            A suppression outlives the problem it hid: once the list is renumbered, the comment \
            only hides the next real problem on that line. Unknown ids are usually typos, so the \
            comment silently does nothing.
            """,
        defaultSeverity: .info,
        fix: .safe,
        triggeringExamples: [
            RuleExample("↓<!-- iqlint-disable-next-line list-numbering -->\n1. [a](https://a.example)\n2. [b](https://b.example)\n",
                        alsoEnabled: ["list-numbering"]),
            RuleExample("↓<!-- iqlint-disable list-numbring -->\n1. a\n", alsoEnabled: ["list-numbering"]),
            RuleExample("↓<!-- iqlint-disabel list-numbering -->\n1. a\n3. b\n", alsoEnabled: ["list-numbering"]),
            RuleExample("1. a\n3. b ↓<!-- iqlint-disable-line -->\n", alsoEnabled: []),
        ],
        nonTriggeringExamples: [
            RuleExample("1. a\n<!-- iqlint-disable-next-line list-numbering -->\n3. b\n", alsoEnabled: ["list-numbering"]),
            RuleExample("<!-- iqlint-disable list-numbering -->\n1. a\n3. b\n<!-- iqlint-enable list-numbering -->\n",
                        alsoEnabled: ["list-numbering"]),
            RuleExample("1. a\n3. b <!-- iqlint-disable-line list-numbering -->\n", alsoEnabled: ["list-numbering"]),
            RuleExample("<!-- iqlint is used for this file -->\n1. a\n"),
        ],
        corrections: [
            RuleCorrection("<!-- iqlint-disable-next-line list-numbering -->\n1. a\n2. b\n", "1. a\n2. b\n", alsoEnabled: ["list-numbering"]),
            RuleCorrection("1. a\n2. b <!-- iqlint-disable-line list-numbering -->\n", "1. a\n2. b\n", alsoEnabled: ["list-numbering"]),
        ],
        skippedVariants: [.disableComment: "a disable comment in front is itself a suppression this rule judges"],
        emittedSeverities: [.info, .warning],
        group: "suppressions"
    )

    public init(options: RuleOptions) {}
}
