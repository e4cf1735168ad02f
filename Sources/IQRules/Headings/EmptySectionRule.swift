import IQCore
import IQMarkdown

public struct EmptySectionRule: DocumentRule {
    public static let description = RuleDescription(
        id: "empty-section",
        summary: "every section has content before the next heading of its level",
        details: """
            Reports a heading directly followed by a heading of the same or a higher level \
            (`## A` then `## B`, or `### A` then `## B`), with nothing but blank lines between \
            them. A heading followed by its own subsections (`## A` then `### A.1`) is fine.
            """,
        rationale: """
            An empty section is a topic announced without questions: a placeholder left behind \
            when questions moved, or questions that were lost in a merge. The table of contents \
            leads readers to it for nothing.
            """,
        defaultSeverity: .warning,
        fix: .none,
        triggeringExamples: [
            RuleExample("↓## 大模型幻觉\n\n## 大模型评测\n\n1. [评测指标](https://a.example/m)\n"),
            RuleExample("## 大模型微调\n\n↓### SFT\n## 大模型评测\n\n1. [评测指标](https://a.example/m)\n"),
            RuleExample("- ↓## heading in an item\n- ## another\n\n  text\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("## 大模型微调\n\n### 传统微调方法\n\n1. [微调方法总结](https://a.example/1)\n"),
            RuleExample("## A\n\n说明文字\n\n## B\n\n内容\n"),
            RuleExample("## A\n\n```python\n## not a heading\n```\n\n## B\n"),
            RuleExample("## 最后一节\n"),
        ]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        let headings = file.document.headings
        let source = file.source
        var violations: [Violation] = []
        for (heading, next) in zip(headings, headings.dropFirst()) where next.level <= heading.level {
            guard heading.range.end <= next.range.start,
                  isBlank(SourceRange(heading.range.end, next.range.start), in: source) else { continue }
            violations.append(Violation(
                range: heading.range,
                message: "expected content under '\(heading.text)', found the level \(next.level) heading '\(next.text)' directly after it",
                related: [RelatedLocation(file: file, range: next.range, message: "next heading")],
                help: ["add the section's questions, or remove the heading"]))
        }
        return violations
    }

    /// Blank lines only; list markers and quote markers around headings in items count as blank.
    private func isBlank(_ range: SourceRange, in source: SourceText) -> Bool {
        source.bytes[range.start..<range.end].allSatisfy {
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: ">"),
             UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains($0)
        }
    }
}
