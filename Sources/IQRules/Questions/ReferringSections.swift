import IQCore
import IQMarkdown

/// Sections whose lists name questions the page (or another page) asks: the page's contents
/// written as plain question lists (`# 目录` / `## 闭包` / `- What are closures in Swift?`, the
/// body asking each again), an answer's related questions (`### 🔗 相关问题` / `- 如何设计资源
/// 管理策略？`, a pointer to the entry that asks it), and a lesson's review (`### Knowledge
/// check`, asking again what the page teaches).
struct ReferringSections: Sendable {
    /// From each contents heading to the next heading of its level or above.
    let contents: [SourceRange]
    /// From each related-questions heading to the next heading of its level or above.
    let relatedQuestions: [SourceRange]
    /// From each review heading (`### Knowledge check`, `自测`) to the next heading of its level
    /// or above: questions asking again what the page teaches.
    let reviews: [SourceRange]
    /// From each line leading back to the page's opening questions (`回到开始的问题：`, `Back to
    /// the questions:`) to the next heading: the questions restated, each with its answer.
    let returns: [SourceRange]

    /// Worked out once per file.
    static func of(_ file: MarkdownFile) -> ReferringSections {
        file.derived.value(ReferringSections.self) { _ in ReferringSections(file.document) }
    }

    /// Whether the pair is a reference and what it refers to, or two references: one question
    /// in a contents section and the other outside it (two copies inside the contents, or both
    /// in the body, are compared), or either among an answer's related questions.
    static func oneRefersToTheOther(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        let firstSections = of(first.file)
        if Self.contains(firstSections.relatedQuestions, first.range.start) { return true }
        let secondSections = first.file.path == second.file.path ? firstSections : of(second.file)
        if Self.contains(secondSections.relatedQuestions, second.range.start) { return true }
        // `### Knowledge check` / `- [What are reducers?](#what-are-reducers)` over the lesson's
        // `- What are reducers.` among its goals: the page's review asks what it teaches.
        if first.file.path == second.file.path, isInReview(first.range.start, of: first.file) != isInReview(second.range.start, of: first.file) {
            return true
        }
        // `回到开始的问题：` / `1. String s1 = "a" + "b"; //创建了几个对象？` / `- 最多一个。`: the article
        // answers the questions it opened with, each asked again over its answer.
        if first.file.path == second.file.path, !firstSections.returns.isEmpty,
           Self.contains(firstSections.returns, first.range.start) != Self.contains(firstSections.returns, second.range.start) {
            return true
        }
        guard first.file.path == second.file.path, !firstSections.contents.isEmpty else { return false }
        return Self.contains(firstSections.contents, first.range.start) != Self.contains(firstSections.contents, second.range.start)
    }

    /// Whether `offset` of `file` is inside a review section (`### Knowledge check`).
    static func isInReview(_ offset: Int, of file: MarkdownFile) -> Bool {
        contains(of(file).reviews, offset)
    }

    private init(_ document: Document) {
        let headings = document.headings
        var contents: [SourceRange] = [], related: [SourceRange] = [], reviews: [SourceRange] = []
        for (position, heading) in headings.enumerated() {
            let isContents = TableOfContents.namesContents(heading.text, names: Self.contentsNames)
            let isReview = !isContents && Self.namesReview(heading.text)
            guard isContents || isReview || Self.namesRelatedQuestions(heading.text) else { continue }
            let end = headings[(position + 1)...].first { $0.level <= heading.level }?.range.start ?? document.source.bytes.count
            if isContents {
                contents.append(SourceRange(heading.range.start, end))
            } else if isReview {
                reviews.append(SourceRange(heading.range.start, end))
            } else {
                related.append(SourceRange(heading.range.start, end))
            }
        }
        self.contents = contents
        relatedQuestions = related
        self.reviews = reviews
        var returns: [SourceRange] = []
        for block in document.blocks {
            guard case .paragraph(let paragraph) = block, paragraph.lines.count == 1, Self.leadsBackToTheQuestions(paragraph.text) else { continue }
            let end = headings.first { $0.range.start > paragraph.range.start }?.range.start ?? document.source.bytes.count
            returns.append(SourceRange(paragraph.range.start, end))
        }
        self.returns = returns
    }

    /// `回到开始的问题：`, `回到最初的问题`, `Back to the questions:`, `Revisiting the opening questions`:
    /// a short line leading back to the questions the page opened with.
    static func leadsBackToTheQuestions(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let lower = text.lowercased()
        if lower.contains("回到") || lower.contains("回顾") || lower.contains("再看") || lower.contains("回头看") {
            return lower.contains("问题") && (lower.contains("开始") || lower.contains("开头") || lower.contains("最初") || lower.contains("前面") || lower.contains("上面"))
        }
        return ["back to the question", "back to our question", "back to the opening question", "going back to the question",
                "returning to the question", "revisiting the question", "revisiting the opening question"].contains { lower.hasPrefix($0) }
    }

    /// `Knowledge check`, `Check your understanding`, `自测题`: the heading is that name alone (not
    /// `Quiz` or `Review`, which may title a part of a bank).
    static func namesReview(_ text: String) -> Bool {
        let bare = HeadingText.normalized(text).lowercased().trimmed { !($0.isLetter || $0.isNumber) }
        return reviewNames.contains(bare)
    }

    /// `🔗 相关问题`, `Related Questions`, `See also`: the heading is that name alone (`## JVM
    /// 相关问题` titles the JVM questions, not pointers to others).
    static func namesRelatedQuestions(_ text: String) -> Bool {
        let bare = HeadingText.normalized(text).lowercased().trimmed { !($0.isLetter || $0.isNumber) }
        return relatedNames.contains(bare)
    }

    private static func contains(_ spans: [SourceRange], _ offset: Int) -> Bool {
        spans.contains { $0.start <= offset && offset < $0.end }
    }

    private static let contentsNames = Set(TOCConventions.defaultHeadingNames.map { HeadingText.normalized($0).lowercased() })
    private static let reviewNames: Set<String> = ["knowledge check", "knowledge checks", "self check", "self-check", "self-assessment",
                                                   "self assessment", "check your understanding", "check your knowledge", "test yourself",
                                                   "review questions", "自测", "自测题", "自检", "知识检查", "复习题"]
    private static let relatedNames: Set<String> = ["相关问题", "相关题目", "相关面试题", "相关阅读", "延伸阅读", "推荐阅读", "扩展阅读", "拓展阅读",
                                                    "related questions", "related question", "related problems", "similar questions",
                                                    "similar problems", "see also", "related", "related topics", "further reading"]
}
