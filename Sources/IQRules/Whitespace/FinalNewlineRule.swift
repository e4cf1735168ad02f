import IQCore
import IQMarkdown

public struct FinalNewlineRule: DocumentRule {
    public static let description = RuleDescription(
        id: "final-newline",
        summary: "a file ends with a line break",
        details: """
            Reports a non-empty file whose last line has no line ending. The fix adds one, using \
            the file's own line ending (LF or CRLF). Extra blank lines at the end are not this \
            rule's concern.
            """,
        rationale: """
            Without a final line break, the next line added to the file changes the last line \
            too, `cat` and `git diff` show `\\ No newline at end of file`, and concatenating \
            files glues the last question of one onto the first line of the next.
            """,
        defaultSeverity: .warning,
        fix: .safe,
        triggeringExamples: [
            RuleExample("1. [torchrun命令的使用](https://a.example/1)↓"),
            RuleExample("## 贡献指南\n\n欢迎提交 Pull Request。↓"),
        ],
        nonTriggeringExamples: [
            RuleExample("1. [torchrun命令的使用](https://a.example/1)\n"),
            RuleExample("最后一行\n\n"),
        ],
        corrections: [
            RuleCorrection("a\nb", "a\nb\n"),
        ]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        let source = file.source
        guard !source.bytes.isEmpty, !source.endsWithNewline else { return [] }
        let end = source.bytes.count
        return [Violation(range: .empty(at: end), message: "expected a line break at the end of the file, found none",
                          fix: .safe("add a line break at the end", [.insert("\n", at: end)]))]
    }
}
