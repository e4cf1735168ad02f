import IQCore
import IQMarkdown

public struct NestingLimitRule: DocumentRule {
    public static let description = RuleDescription(
        id: "nesting-limit",
        summary: "quotes and lists nest at most \(Document.maximumNesting) levels deep",
        details: """
            Reports the first block quote or list nested more than \(Document.maximumNesting) \
            levels deep (each quote and each list item is a level). iqlint does not model what \
            lies deeper, so no other rule checks it; the diagnostic says so instead of staying \
            silent about it.
            """,
        rationale: """
            No real collection nests this deep; such text is usually a runaway paste or \
            generated input. Bounding the depth keeps iqlint's time, memory and stack bounded \
            on any file.
            """,
        defaultSeverity: .warning,
        fix: .none,
        triggeringExamples: [
            RuleExample(String(repeating: ">", count: Document.maximumNesting) + "↓> 太深的引用\n"),
            RuleExample(String(repeating: "- ", count: Document.maximumNesting) + "↓- 太深的列表\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(String(repeating: ">", count: Document.maximumNesting) + " 引用\n"),
            RuleExample("- 问题\n  - 子问题\n    > 引用\n"),
        ]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        guard let range = file.document.nestingLimitRange else { return [] }
        return [Violation(range: .empty(at: range.start),
                          message: "expected at most \(Document.maximumNesting) nested quotes or list items, found more: the content inside is not checked")]
    }
}
