import IQCore
import IQMarkdown

public struct MissingLinkRule: DocumentRule {
    public static let description = RuleDescription(
        id: "missing-link",
        summary: "every question links to an answer",
        details: """
            Reports a list item whose text has no link, so the question has no answer. An \
            item that carries its answer itself (a paragraph, code block or sub-list under the \
            question) is fine, and so are empty items (see `empty-item`) and notes \
            (`- 注：…`, `- Note: …`). Lists nested under a question are its sub-points and are \
            not judged; a list that is an item's only content is.

            Not every list is a question list: a table of contents (items that are only \
            `[text](#anchor)` links) never is, the lists before the table of contents (the \
            project's introduction) are skipped unless `exclude-before-toc` is false, and so are \
            the sections named in `exclude-sections`. An entry there matches a heading whose text \
            contains it (ignoring case) or, written as `#anchor`, a heading with that GitHub \
            anchor; the heading's subsections are excluded with it.
            """,
        rationale: """
            A question bank is a list of questions with answers. A question without a link is \
            a placeholder: readers find no answer, and nobody notices that it is missing.
            """,
        defaultSeverity: .warning,
        fix: .none,
        options: [
            RuleOptionDescription(name: "exclude-sections",
                                  summary: "headings (text contained, or `#anchor`) whose sections hold plain items, e.g. a contribution guide",
                                  defaultValue: QuestionLists.defaultExcludedSections),
            RuleOptionDescription(name: "exclude-before-toc",
                                  summary: "skip the lists before the table of contents (the introduction)",
                                  defaultValue: true),
        ],
        triggeringExamples: [
            RuleExample("### ChatGPT\n\n1. [大语言模型的预训练RLHF](https://a.example/rlhf)\n2. ↓GPT 4v 4o o1等\n"),
            RuleExample("## 其他大模型\n\n1. ↓百川\n2. ↓千问\n"),
            RuleExample("## 检索增强生成\n\n4. [文本向量模型BGE](https://a.example/bge)\n5. - ↓如何从检索的内容中过滤噪声\n"),
            RuleExample("## 贡献指南\n\n1. ↓确保题目清晰\n", options: ["exclude-sections": []]),
            RuleExample("- ↓![diagram](https://a.example/d.png)\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("## 大模型应用\n\n1. [langchain中文文档](https://a.example/langchain)\n2. [huggingface TGI](https://a.example/tgi)\n"),
            RuleExample("## 项目简介\n\n- 机器学习基础\n- 深度学习基础\n\n## 目录\n\n1. [机器学习基础](#机器学习基础)\n2. [贡献指南](#贡献指南)\n\n## 机器学习基础\n\n1. [梯度裁剪](https://a.example/clip)\n\n## 贡献指南\n\n1. 确保提交的题目和答案清晰明了。\n"),
            RuleExample("## pytorch基础\n- 注：可能会考察手撕代码\n1. [torchrun命令的使用](https://a.example/torchrun)\n"),
            RuleExample("## 其他\n\n1. 什么是LoRA？\n\n   LoRA 冻结原权重，只训练低秩矩阵 A、B。\n2. [Qlora](https://a.example/qlora)\n   - 补充：4-bit 量化\n"),
            RuleExample("## 代码\n\n1. 手写 softmax\n\n   ```python\n   def softmax(x): ...\n   ```\n"),
            RuleExample("## 面经\n\n1. 百川\n", options: ["exclude-sections": ["#面经"]]),
        ]
    )

    let questionLists: QuestionLists

    public init(options: RuleOptions) {
        questionLists = QuestionLists(excludedSections: options.strings("exclude-sections"),
                                      excludeBeforeTableOfContents: options.bool("exclude-before-toc"))
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        let source = file.source
        return questionLists.lists(in: file.document).flatMap(\.items).filter(isUnanswered).map { item in
            let start = ListItemSupport.contentStart(of: item, in: source)
            let end = source.lineRange(source.line(containing: start)).end
            return Violation(
                range: SourceRange(start, end),
                message: "expected a link to an answer, found only the text '\(excerpt(item.text))'",
                help: ["link the question to its answer, e.g. `[\(excerpt(item.text))](https://…)`, or answer it under the item"])
        }
    }

    private func isUnanswered(_ item: ListItem) -> Bool {
        guard item.children.count == 1, case .paragraph = item.children[0], !ListItemSupport.isNote(item) else { return false }
        return !item.links.contains { !$0.isImage }
    }

    private func excerpt(_ text: String) -> String {
        let text = text.trimmed { $0 == " " }
        return text.count > 24 ? text.prefix(24) + "…" : text
    }
}
